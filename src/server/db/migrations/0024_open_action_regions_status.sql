-- The status of each open action beside its party region in open_action_regions (migration 0021), so
-- that a region's list of its running or planned actions reads its page in due order and counts its
-- total from the narrow table's index (region, status, due date), instead of finding every action of
-- the region through the GIN index of the wide table (docs/benchmarks.md, issue 11). The triggers of
-- 0021 already rewrite an action's rows at every write, so a status change moves its rows too.
ALTER TABLE "open_action_regions" ADD COLUMN "status" text;--> statement-breakpoint
UPDATE "open_action_regions" o SET "status" = f.status FROM "follow_up_actions" f WHERE f.id = o.action_id;--> statement-breakpoint
ALTER TABLE "open_action_regions" ALTER COLUMN "status" SET NOT NULL;--> statement-breakpoint
CREATE OR REPLACE FUNCTION "open_action_regions_track"() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF TG_OP IN ('UPDATE', 'DELETE') THEN
    DELETE FROM open_action_regions WHERE action_id IN (SELECT id FROM old_rows);
  END IF;
  IF TG_OP IN ('INSERT', 'UPDATE') THEN
    INSERT INTO open_action_regions (region_code, due_date, action_id, status)
    SELECT DISTINCT c.code, r.due_date, r.id, r.status
    FROM new_rows r CROSS JOIN LATERAL unnest(r.party_region_codes) AS c(code)
    WHERE r.deleted_at IS NULL AND r.status NOT IN ('selesai', 'batal');
  END IF;
  RETURN NULL;
END
$$;--> statement-breakpoint
CREATE INDEX "open_action_regions_region_status_due_idx" ON "open_action_regions" USING btree ("region_code","status","due_date","action_id");--> statement-breakpoint
ANALYZE "open_action_regions";
