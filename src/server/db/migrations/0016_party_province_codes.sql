-- The provinces of an agreement's party regions, each once ("32.75" and "32.16" -> {32}), kept by the
-- database beside party_region_codes: the national oversight view counts each agreement once per
-- province by reading this array, without pairing every agreement with its party regions and
-- removing the duplicates at every request.
CREATE FUNCTION "province_codes_of"("codes" text[]) RETURNS text[] LANGUAGE sql IMMUTABLE PARALLEL SAFE
AS $$ SELECT coalesce(array_agg(DISTINCT split_part(code, '.', 1) ORDER BY split_part(code, '.', 1)), '{}'::text[]) FROM unnest(codes) AS code $$;--> statement-breakpoint
ALTER TABLE "agreements" ADD COLUMN "party_province_codes" text[] GENERATED ALWAYS AS ("province_codes_of"("party_region_codes")) STORED NOT NULL;--> statement-breakpoint
-- What the national oversight view reads of every agreement not deleted, so that it reads this narrow
-- index instead of the whole rows (titles, texts, search vectors).
CREATE INDEX "agreements_oversight_idx" ON "agreements" USING btree ("id") INCLUDE ("party_province_codes", "health", "sectors", "stage") WHERE "agreements"."deleted_at" is null;--> statement-breakpoint
-- The open follow-up actions of a region (the home's overdue count, its actions due this month by OPD
-- and its agenda): about half of a region's actions, so half the rows to read.
CREATE INDEX "follow_up_actions_open_regions_idx" ON "follow_up_actions" USING gin ("party_region_codes") WHERE "follow_up_actions"."deleted_at" is null and "follow_up_actions"."status" not in ('selesai', 'batal');
