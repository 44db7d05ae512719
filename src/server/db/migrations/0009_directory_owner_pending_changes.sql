CREATE TABLE "agreement_pending_changes" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"agreement_id" uuid NOT NULL,
	"kind" text NOT NULL,
	"remove_region_codes" text[] DEFAULT '{}'::text[] NOT NULL,
	"required_region_codes" text[] NOT NULL,
	"consented_region_codes" text[] DEFAULT '{}'::text[] NOT NULL,
	"status" text DEFAULT 'pending' NOT NULL,
	"proposed_by" uuid,
	"proposed_region_code" text,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"resolved_by" uuid,
	"resolved_at" timestamp with time zone
);
--> statement-breakpoint
ALTER TABLE "organizations" ADD COLUMN "owner_region_code" text;--> statement-breakpoint
ALTER TABLE "agreement_pending_changes" ADD CONSTRAINT "agreement_pending_changes_agreement_id_agreements_id_fk" FOREIGN KEY ("agreement_id") REFERENCES "public"."agreements"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "agreement_pending_changes" ADD CONSTRAINT "agreement_pending_changes_proposed_by_users_id_fk" FOREIGN KEY ("proposed_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "agreement_pending_changes" ADD CONSTRAINT "agreement_pending_changes_proposed_region_code_regions_code_fk" FOREIGN KEY ("proposed_region_code") REFERENCES "public"."regions"("code") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "agreement_pending_changes" ADD CONSTRAINT "agreement_pending_changes_resolved_by_users_id_fk" FOREIGN KEY ("resolved_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "agreement_pending_changes_agreement_idx" ON "agreement_pending_changes" USING btree ("agreement_id","status");--> statement-breakpoint
ALTER TABLE "organizations" ADD CONSTRAINT "organizations_owner_region_code_regions_code_fk" FOREIGN KEY ("owner_region_code") REFERENCES "public"."regions"("code") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
-- Existing organisations belong to the region of the user who recorded them; entries recorded by a
-- system administrator, the CLI or a bulk load keep no owner, so only a system administrator changes them.
UPDATE "organizations" SET "owner_region_code" = "users"."region_code" FROM "users" WHERE "users"."id" = "organizations"."created_by" AND "users"."role" <> 'oversight';
