-- Documents of every record type (issue 11 §1): the agreement's document tables become
-- the record core's, their rows kept as record_type 'agreement' with their versions, files, hashes and
-- extracted texts untouched.
ALTER TABLE "agreement_documents" RENAME TO "record_documents";--> statement-breakpoint
ALTER TABLE "agreement_document_versions" RENAME TO "record_document_versions";--> statement-breakpoint
ALTER TABLE "record_documents" DROP CONSTRAINT "agreement_documents_agreement_id_agreements_id_fk";--> statement-breakpoint
ALTER TABLE "record_documents" RENAME COLUMN "agreement_id" TO "record_id";--> statement-breakpoint
ALTER TABLE "record_documents" ADD COLUMN "record_type" text DEFAULT 'agreement' NOT NULL;--> statement-breakpoint
ALTER TABLE "record_documents" ALTER COLUMN "record_type" DROP DEFAULT;--> statement-breakpoint
ALTER TABLE "record_documents" ADD CONSTRAINT "record_documents_record_type_check" CHECK ("record_documents"."record_type" in ('agreement', 'visit', 'meeting', 'action', 'program'));--> statement-breakpoint
ALTER TABLE "record_documents" RENAME CONSTRAINT "agreement_documents_pkey" TO "record_documents_pkey";--> statement-breakpoint
ALTER TABLE "record_documents" RENAME CONSTRAINT "agreement_documents_created_by_users_id_fk" TO "record_documents_created_by_users_id_fk";--> statement-breakpoint
ALTER TABLE "record_document_versions" RENAME CONSTRAINT "agreement_document_versions_pkey" TO "record_document_versions_pkey";--> statement-breakpoint
ALTER TABLE "record_document_versions" RENAME CONSTRAINT "agreement_document_versions_document_id_agreement_documents_id_fk" TO "record_document_versions_document_id_record_documents_id_fk";--> statement-breakpoint
ALTER TABLE "record_document_versions" RENAME CONSTRAINT "agreement_document_versions_file_id_files_id_fk" TO "record_document_versions_file_id_files_id_fk";--> statement-breakpoint
ALTER TABLE "record_document_versions" RENAME CONSTRAINT "agreement_document_versions_created_by_users_id_fk" TO "record_document_versions_created_by_users_id_fk";--> statement-breakpoint
ALTER INDEX "agreement_document_versions_uq" RENAME TO "record_document_versions_uq";--> statement-breakpoint
DROP INDEX "agreement_documents_agreement_idx";--> statement-breakpoint
CREATE INDEX "record_documents_record_idx" ON "record_documents" USING btree ("record_type","record_id");
