ALTER TABLE "agreement_document_versions" ADD COLUMN "text_status" text DEFAULT 'unsupported' NOT NULL;--> statement-breakpoint
UPDATE "agreement_document_versions" AS v SET "text_status" = CASE WHEN v."extracted_text" IS NOT NULL THEN 'extracted' WHEN f."content_type" = 'application/pdf' THEN 'empty' ELSE 'unsupported' END FROM "files" AS f WHERE f."id" = v."file_id";
