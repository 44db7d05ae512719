DROP INDEX "agreements_search_trgm_idx";--> statement-breakpoint
ALTER TABLE "agreements" DROP COLUMN "search_text";