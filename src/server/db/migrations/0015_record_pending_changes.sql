-- Pending changes of every shared record type (decision 009): the agreement table becomes the
-- record core's, its rows kept as record_type 'agreement'.
ALTER TABLE "agreement_pending_changes" RENAME TO "record_pending_changes";--> statement-breakpoint
ALTER TABLE "record_pending_changes" DROP CONSTRAINT "agreement_pending_changes_agreement_id_agreements_id_fk";--> statement-breakpoint
ALTER TABLE "record_pending_changes" RENAME COLUMN "agreement_id" TO "record_id";--> statement-breakpoint
ALTER TABLE "record_pending_changes" ADD COLUMN "record_type" text DEFAULT 'agreement' NOT NULL;--> statement-breakpoint
ALTER TABLE "record_pending_changes" ALTER COLUMN "record_type" DROP DEFAULT;--> statement-breakpoint
ALTER TABLE "record_pending_changes" ADD COLUMN "payload" jsonb;--> statement-breakpoint
ALTER TABLE "record_pending_changes" RENAME CONSTRAINT "agreement_pending_changes_pkey" TO "record_pending_changes_pkey";--> statement-breakpoint
ALTER TABLE "record_pending_changes" RENAME CONSTRAINT "agreement_pending_changes_proposed_by_users_id_fk" TO "record_pending_changes_proposed_by_users_id_fk";--> statement-breakpoint
ALTER TABLE "record_pending_changes" RENAME CONSTRAINT "agreement_pending_changes_proposed_region_code_regions_code_fk" TO "record_pending_changes_proposed_region_code_regions_code_fk";--> statement-breakpoint
ALTER TABLE "record_pending_changes" RENAME CONSTRAINT "agreement_pending_changes_resolved_by_users_id_fk" TO "record_pending_changes_resolved_by_users_id_fk";--> statement-breakpoint
DROP INDEX "agreement_pending_changes_agreement_idx";--> statement-breakpoint
CREATE INDEX "record_pending_changes_record_idx" ON "record_pending_changes" USING btree ("record_type","record_id","status");
