CREATE TABLE "agreement_evaluations" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"agreement_id" uuid NOT NULL,
	"period" text NOT NULL,
	"period_start" date NOT NULL,
	"period_end" date NOT NULL,
	"evaluator_role" text NOT NULL,
	"evaluator_region_code" text,
	"indicators" jsonb DEFAULT '[]'::jsonb NOT NULL,
	"ratings" jsonb DEFAULT '{}'::jsonb NOT NULL,
	"narrative" text,
	"problems" text,
	"follow_up" text,
	"evidence_links" jsonb DEFAULT '[]'::jsonb NOT NULL,
	"version" integer DEFAULT 1 NOT NULL,
	"created_by" uuid,
	"updated_by" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	"deleted_at" timestamp with time zone,
	"deleted_by" uuid
);
--> statement-breakpoint
ALTER TABLE "agreement_evaluations" ADD CONSTRAINT "agreement_evaluations_agreement_id_agreements_id_fk" FOREIGN KEY ("agreement_id") REFERENCES "public"."agreements"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "agreement_evaluations" ADD CONSTRAINT "agreement_evaluations_evaluator_region_code_regions_code_fk" FOREIGN KEY ("evaluator_region_code") REFERENCES "public"."regions"("code") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "agreement_evaluations" ADD CONSTRAINT "agreement_evaluations_created_by_users_id_fk" FOREIGN KEY ("created_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "agreement_evaluations" ADD CONSTRAINT "agreement_evaluations_updated_by_users_id_fk" FOREIGN KEY ("updated_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "agreement_evaluations" ADD CONSTRAINT "agreement_evaluations_deleted_by_users_id_fk" FOREIGN KEY ("deleted_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "agreement_evaluations_agreement_idx" ON "agreement_evaluations" USING btree ("agreement_id","period_start");--> statement-breakpoint
CREATE UNIQUE INDEX "agreement_evaluations_uq" ON "agreement_evaluations" USING btree ("agreement_id","period","evaluator_role",coalesce("evaluator_region_code", '')) WHERE "agreement_evaluations"."deleted_at" is null;