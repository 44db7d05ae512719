-- A document belongs to the party region whose user added it (decision 009): while that region is a
-- party of the record, only its users delete the document. Existing documents take the region of the
-- user who added them; those added by a system administrator (no region) stay without an owner.
ALTER TABLE "record_documents" ADD COLUMN "owner_region_code" text;--> statement-breakpoint
UPDATE "record_documents" SET "owner_region_code" = "users"."region_code" FROM "users" WHERE "users"."id" = "record_documents"."created_by";
