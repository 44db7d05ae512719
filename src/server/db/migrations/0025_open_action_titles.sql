-- The trigger function keeps the status that migration 0024 added.
-- The agenda of a region's home lists the titles of its first 200 open actions in due order: it found
-- them in open_action_regions (migration 0021) and then read each action by id in the wide
-- follow_up_actions table, 200 index look-ups and heap pages (on PGlite, which never vacuums, 21 of the
-- 23 ms of the agenda's actions). The narrow table now keeps each action's title too, written by the
-- same statement triggers (an update rewrites the action's rows, so a new title follows at once), and
-- its index carries the title: the agenda reads the index alone.
ALTER TABLE "open_action_regions" ADD COLUMN "title" text;--> statement-breakpoint
CREATE OR REPLACE FUNCTION "open_action_regions_track"() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF TG_OP IN ('UPDATE', 'DELETE') THEN
    DELETE FROM open_action_regions WHERE action_id IN (SELECT id FROM old_rows);
  END IF;
  IF TG_OP IN ('INSERT', 'UPDATE') THEN
    INSERT INTO open_action_regions (region_code, due_date, action_id, status, title)
    SELECT DISTINCT c.code, r.due_date, r.id, r.status, r.title
    FROM new_rows r CROSS JOIN LATERAL unnest(r.party_region_codes) AS c(code)
    WHERE r.deleted_at IS NULL AND r.status NOT IN ('selesai', 'batal');
  END IF;
  RETURN NULL;
END
$$;--> statement-breakpoint
UPDATE "open_action_regions" o SET "title" = f."title" FROM "follow_up_actions" f WHERE f."id" = o."action_id";--> statement-breakpoint
ALTER TABLE "open_action_regions" ALTER COLUMN "title" SET NOT NULL;--> statement-breakpoint
DROP INDEX "open_action_regions_region_due_idx";--> statement-breakpoint
CREATE INDEX "open_action_regions_region_due_idx" ON "open_action_regions" USING btree ("region_code","due_date","action_id") INCLUDE ("title");--> statement-breakpoint
ANALYZE "open_action_regions";
