ALTER TABLE "agreements" ADD COLUMN "health" text DEFAULT 'aktif' NOT NULL;--> statement-breakpoint
ALTER TABLE "agreements" ADD COLUMN "health_reasons" jsonb DEFAULT '[]'::jsonb NOT NULL;--> statement-breakpoint
CREATE INDEX "agreements_health_idx" ON "agreements" USING btree ("health");