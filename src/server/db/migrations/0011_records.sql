CREATE TABLE "action_comments" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"action_id" uuid NOT NULL,
	"body" text NOT NULL,
	"status" text,
	"progress" integer,
	"author_id" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "follow_up_actions" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"party_region_codes" text[] DEFAULT '{}'::text[] NOT NULL,
	"owner_region_code" text,
	"published" boolean DEFAULT false NOT NULL,
	"version" integer DEFAULT 1 NOT NULL,
	"created_by" uuid,
	"updated_by" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	"deleted_at" timestamp with time zone,
	"deleted_by" uuid,
	"parent_type" text NOT NULL,
	"parent_id" uuid NOT NULL,
	"decision_id" uuid,
	"title" text NOT NULL,
	"description" text,
	"opd_id" uuid NOT NULL,
	"opd_region_code" text NOT NULL,
	"due_date" date,
	"status" text DEFAULT 'direncanakan' NOT NULL,
	"progress" integer DEFAULT 0 NOT NULL,
	"evidence_links" jsonb DEFAULT '[]'::jsonb NOT NULL,
	"completed_at" timestamp with time zone
);
--> statement-breakpoint
CREATE TABLE "good_practices" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"visit_id" uuid NOT NULL,
	"region_code" text NOT NULL,
	"position" integer DEFAULT 0 NOT NULL,
	"topic" text NOT NULL,
	"description" text,
	"sector" text
);
--> statement-breakpoint
CREATE TABLE "meeting_decisions" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"meeting_id" uuid NOT NULL,
	"position" integer DEFAULT 0 NOT NULL,
	"text" text NOT NULL
);
--> statement-breakpoint
CREATE TABLE "meetings" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"party_region_codes" text[] DEFAULT '{}'::text[] NOT NULL,
	"owner_region_code" text,
	"published" boolean DEFAULT false NOT NULL,
	"version" integer DEFAULT 1 NOT NULL,
	"created_by" uuid,
	"updated_by" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	"deleted_at" timestamp with time zone,
	"deleted_by" uuid,
	"kind" text NOT NULL,
	"title" text NOT NULL,
	"host_region_code" text,
	"participants" jsonb DEFAULT '[]'::jsonb NOT NULL,
	"persons" jsonb DEFAULT '[]'::jsonb NOT NULL,
	"date" date,
	"place" text,
	"agenda" text,
	"summary" text,
	"sectors" text[] DEFAULT '{}'::text[] NOT NULL,
	"notes" text
);
--> statement-breakpoint
CREATE TABLE "program_budgets" (
	"program_id" uuid NOT NULL,
	"year" integer NOT NULL,
	"budget" bigint NOT NULL,
	"realisation" bigint,
	"note" text
);
--> statement-breakpoint
CREATE TABLE "programs" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"party_region_codes" text[] DEFAULT '{}'::text[] NOT NULL,
	"owner_region_code" text,
	"published" boolean DEFAULT false NOT NULL,
	"version" integer DEFAULT 1 NOT NULL,
	"created_by" uuid,
	"updated_by" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	"deleted_at" timestamp with time zone,
	"deleted_by" uuid,
	"kind" text NOT NULL,
	"title" text NOT NULL,
	"parent_type" text,
	"parent_id" uuid,
	"funder_region_code" text,
	"funder_organization_id" uuid,
	"recipient_region_code" text,
	"recipient_organization_id" uuid,
	"location" text,
	"description" text,
	"sectors" text[] DEFAULT '{}'::text[] NOT NULL,
	"status" text DEFAULT 'rencana' NOT NULL,
	"physical_progress" integer DEFAULT 0 NOT NULL,
	"evidence_links" jsonb DEFAULT '[]'::jsonb NOT NULL
);
--> statement-breakpoint
CREATE TABLE "record_links" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"from_type" text NOT NULL,
	"from_id" uuid NOT NULL,
	"to_type" text NOT NULL,
	"to_id" uuid NOT NULL,
	"created_by" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "visits" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"party_region_codes" text[] DEFAULT '{}'::text[] NOT NULL,
	"owner_region_code" text,
	"published" boolean DEFAULT false NOT NULL,
	"version" integer DEFAULT 1 NOT NULL,
	"created_by" uuid,
	"updated_by" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	"deleted_at" timestamp with time zone,
	"deleted_by" uuid,
	"kind" text NOT NULL,
	"title" text NOT NULL,
	"host_region_code" text NOT NULL,
	"visitors" jsonb DEFAULT '[]'::jsonb NOT NULL,
	"delegates" jsonb DEFAULT '[]'::jsonb NOT NULL,
	"hosts" jsonb DEFAULT '[]'::jsonb NOT NULL,
	"topics" jsonb DEFAULT '[]'::jsonb NOT NULL,
	"start_date" date,
	"end_date" date,
	"place" text,
	"sectors" text[] DEFAULT '{}'::text[] NOT NULL,
	"purpose" text,
	"outcomes" text,
	"notes" text
);
--> statement-breakpoint
ALTER TABLE "action_comments" ADD CONSTRAINT "action_comments_action_id_follow_up_actions_id_fk" FOREIGN KEY ("action_id") REFERENCES "public"."follow_up_actions"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "action_comments" ADD CONSTRAINT "action_comments_author_id_users_id_fk" FOREIGN KEY ("author_id") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "follow_up_actions" ADD CONSTRAINT "follow_up_actions_owner_region_code_regions_code_fk" FOREIGN KEY ("owner_region_code") REFERENCES "public"."regions"("code") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "follow_up_actions" ADD CONSTRAINT "follow_up_actions_created_by_users_id_fk" FOREIGN KEY ("created_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "follow_up_actions" ADD CONSTRAINT "follow_up_actions_updated_by_users_id_fk" FOREIGN KEY ("updated_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "follow_up_actions" ADD CONSTRAINT "follow_up_actions_deleted_by_users_id_fk" FOREIGN KEY ("deleted_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "follow_up_actions" ADD CONSTRAINT "follow_up_actions_decision_id_meeting_decisions_id_fk" FOREIGN KEY ("decision_id") REFERENCES "public"."meeting_decisions"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "follow_up_actions" ADD CONSTRAINT "follow_up_actions_opd_id_opds_id_fk" FOREIGN KEY ("opd_id") REFERENCES "public"."opds"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "follow_up_actions" ADD CONSTRAINT "follow_up_actions_opd_region_code_regions_code_fk" FOREIGN KEY ("opd_region_code") REFERENCES "public"."regions"("code") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "good_practices" ADD CONSTRAINT "good_practices_visit_id_visits_id_fk" FOREIGN KEY ("visit_id") REFERENCES "public"."visits"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "good_practices" ADD CONSTRAINT "good_practices_region_code_regions_code_fk" FOREIGN KEY ("region_code") REFERENCES "public"."regions"("code") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "meeting_decisions" ADD CONSTRAINT "meeting_decisions_meeting_id_meetings_id_fk" FOREIGN KEY ("meeting_id") REFERENCES "public"."meetings"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "meetings" ADD CONSTRAINT "meetings_owner_region_code_regions_code_fk" FOREIGN KEY ("owner_region_code") REFERENCES "public"."regions"("code") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "meetings" ADD CONSTRAINT "meetings_created_by_users_id_fk" FOREIGN KEY ("created_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "meetings" ADD CONSTRAINT "meetings_updated_by_users_id_fk" FOREIGN KEY ("updated_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "meetings" ADD CONSTRAINT "meetings_deleted_by_users_id_fk" FOREIGN KEY ("deleted_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "meetings" ADD CONSTRAINT "meetings_host_region_code_regions_code_fk" FOREIGN KEY ("host_region_code") REFERENCES "public"."regions"("code") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "program_budgets" ADD CONSTRAINT "program_budgets_program_id_programs_id_fk" FOREIGN KEY ("program_id") REFERENCES "public"."programs"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "programs" ADD CONSTRAINT "programs_owner_region_code_regions_code_fk" FOREIGN KEY ("owner_region_code") REFERENCES "public"."regions"("code") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "programs" ADD CONSTRAINT "programs_created_by_users_id_fk" FOREIGN KEY ("created_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "programs" ADD CONSTRAINT "programs_updated_by_users_id_fk" FOREIGN KEY ("updated_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "programs" ADD CONSTRAINT "programs_deleted_by_users_id_fk" FOREIGN KEY ("deleted_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "programs" ADD CONSTRAINT "programs_funder_region_code_regions_code_fk" FOREIGN KEY ("funder_region_code") REFERENCES "public"."regions"("code") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "programs" ADD CONSTRAINT "programs_recipient_region_code_regions_code_fk" FOREIGN KEY ("recipient_region_code") REFERENCES "public"."regions"("code") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "record_links" ADD CONSTRAINT "record_links_created_by_users_id_fk" FOREIGN KEY ("created_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "visits" ADD CONSTRAINT "visits_owner_region_code_regions_code_fk" FOREIGN KEY ("owner_region_code") REFERENCES "public"."regions"("code") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "visits" ADD CONSTRAINT "visits_created_by_users_id_fk" FOREIGN KEY ("created_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "visits" ADD CONSTRAINT "visits_updated_by_users_id_fk" FOREIGN KEY ("updated_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "visits" ADD CONSTRAINT "visits_deleted_by_users_id_fk" FOREIGN KEY ("deleted_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "visits" ADD CONSTRAINT "visits_host_region_code_regions_code_fk" FOREIGN KEY ("host_region_code") REFERENCES "public"."regions"("code") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "action_comments_action_idx" ON "action_comments" USING btree ("action_id","created_at");--> statement-breakpoint
CREATE INDEX "follow_up_actions_parent_idx" ON "follow_up_actions" USING btree ("parent_type","parent_id");--> statement-breakpoint
CREATE INDEX "follow_up_actions_opd_idx" ON "follow_up_actions" USING btree ("opd_id","status");--> statement-breakpoint
CREATE INDEX "follow_up_actions_party_regions_idx" ON "follow_up_actions" USING gin ("party_region_codes");--> statement-breakpoint
CREATE INDEX "follow_up_actions_due_idx" ON "follow_up_actions" USING btree ("due_date","id");--> statement-breakpoint
CREATE INDEX "good_practices_region_idx" ON "good_practices" USING btree ("region_code");--> statement-breakpoint
CREATE INDEX "good_practices_visit_idx" ON "good_practices" USING btree ("visit_id");--> statement-breakpoint
CREATE INDEX "meeting_decisions_meeting_idx" ON "meeting_decisions" USING btree ("meeting_id");--> statement-breakpoint
CREATE INDEX "meetings_party_regions_idx" ON "meetings" USING gin ("party_region_codes");--> statement-breakpoint
CREATE INDEX "meetings_date_idx" ON "meetings" USING btree ("date" DESC NULLS LAST,"id");--> statement-breakpoint
CREATE UNIQUE INDEX "program_budgets_uq" ON "program_budgets" USING btree ("program_id","year");--> statement-breakpoint
CREATE INDEX "programs_party_regions_idx" ON "programs" USING gin ("party_region_codes");--> statement-breakpoint
CREATE INDEX "programs_parent_idx" ON "programs" USING btree ("parent_type","parent_id");--> statement-breakpoint
CREATE INDEX "programs_updated_idx" ON "programs" USING btree ("updated_at","id");--> statement-breakpoint
CREATE UNIQUE INDEX "record_links_uq" ON "record_links" USING btree ("from_type","from_id","to_type","to_id");--> statement-breakpoint
CREATE INDEX "record_links_to_idx" ON "record_links" USING btree ("to_type","to_id");--> statement-breakpoint
CREATE INDEX "visits_party_regions_idx" ON "visits" USING gin ("party_region_codes");--> statement-breakpoint
CREATE INDEX "visits_host_idx" ON "visits" USING btree ("host_region_code");--> statement-breakpoint
CREATE INDEX "visits_start_idx" ON "visits" USING btree ("start_date" DESC NULLS LAST,"id");--> statement-breakpoint
CREATE INDEX "visits_sectors_idx" ON "visits" USING gin ("sectors");