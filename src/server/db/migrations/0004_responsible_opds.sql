CREATE TABLE "agreement_responsible_opds" (
	"agreement_id" uuid NOT NULL,
	"opd_id" uuid NOT NULL,
	CONSTRAINT "agreement_responsible_opds_agreement_id_opd_id_pk" PRIMARY KEY("agreement_id","opd_id")
);
--> statement-breakpoint
ALTER TABLE "agreement_responsible_opds" ADD CONSTRAINT "agreement_responsible_opds_agreement_id_agreements_id_fk" FOREIGN KEY ("agreement_id") REFERENCES "public"."agreements"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "agreement_responsible_opds" ADD CONSTRAINT "agreement_responsible_opds_opd_id_opds_id_fk" FOREIGN KEY ("opd_id") REFERENCES "public"."opds"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "agreement_responsible_opds_opd_idx" ON "agreement_responsible_opds" USING btree ("opd_id");