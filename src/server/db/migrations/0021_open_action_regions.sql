-- The open follow-up actions (not deleted, not done nor cancelled) of each party region, in due order,
-- kept by the database beside follow_up_actions: a region's home counts its overdue actions and lists
-- its agenda from this narrow index instead of reading every open action of the region in the wide
-- table (found through the GIN index, in no order, each in its own heap page). One row per action and
-- party region (each once); statement triggers on follow_up_actions rewrite an action's rows in the
-- writing transaction, so the home is exact at every commit.
CREATE TABLE "open_action_regions" (
	"region_code" text NOT NULL,
	"due_date" date,
	"action_id" uuid NOT NULL
);--> statement-breakpoint
CREATE INDEX "open_action_regions_region_due_idx" ON "open_action_regions" USING btree ("region_code","due_date","action_id");--> statement-breakpoint
CREATE INDEX "open_action_regions_action_idx" ON "open_action_regions" USING btree ("action_id");--> statement-breakpoint
CREATE FUNCTION "open_action_regions_track"() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF TG_OP IN ('UPDATE', 'DELETE') THEN
    DELETE FROM open_action_regions WHERE action_id IN (SELECT id FROM old_rows);
  END IF;
  IF TG_OP IN ('INSERT', 'UPDATE') THEN
    INSERT INTO open_action_regions (region_code, due_date, action_id)
    SELECT DISTINCT c.code, r.due_date, r.id
    FROM new_rows r CROSS JOIN LATERAL unnest(r.party_region_codes) AS c(code)
    WHERE r.deleted_at IS NULL AND r.status NOT IN ('selesai', 'batal');
  END IF;
  RETURN NULL;
END
$$;--> statement-breakpoint
CREATE FUNCTION "open_action_regions_clear"() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  DELETE FROM open_action_regions;
  RETURN NULL;
END
$$;--> statement-breakpoint
CREATE TRIGGER "follow_up_actions_open_regions_insert" AFTER INSERT ON "follow_up_actions"
  REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION open_action_regions_track();--> statement-breakpoint
CREATE TRIGGER "follow_up_actions_open_regions_update" AFTER UPDATE ON "follow_up_actions"
  REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION open_action_regions_track();--> statement-breakpoint
CREATE TRIGGER "follow_up_actions_open_regions_delete" AFTER DELETE ON "follow_up_actions"
  REFERENCING OLD TABLE AS old_rows FOR EACH STATEMENT EXECUTE FUNCTION open_action_regions_track();--> statement-breakpoint
CREATE TRIGGER "follow_up_actions_open_regions_truncate" AFTER TRUNCATE ON "follow_up_actions"
  FOR EACH STATEMENT EXECUTE FUNCTION open_action_regions_clear();--> statement-breakpoint
INSERT INTO "open_action_regions" ("region_code", "due_date", "action_id")
SELECT DISTINCT c.code, f.due_date, f.id
FROM "follow_up_actions" f CROSS JOIN LATERAL unnest(f.party_region_codes) AS c(code)
WHERE f.deleted_at IS NULL AND f.status NOT IN ('selesai', 'batal');--> statement-breakpoint
ANALYZE "open_action_regions";
