-- The counts of the oversight view, kept by the database as agreements are written, so that the view
-- sums a few thousand counters instead of reading every agreement (oversight.repo.ts).
--
-- A row is a change of one counter: +n or -n agreements of a group (kind 'p': a province, in the
-- national view; kind 'r': a party region, in a province's view), published or not, in a dimension
-- ('health' and its value, 'sector' and its key, 'in_force' with key ''). A counter is the sum of its
-- rows. Triggers on agreements only append rows, in the writing transaction, so the counts are exact at
-- every commit and two writers never wait for each other on a counter; the full health recompute
-- folds the rows into one per counter (compactOversightCounts).
CREATE TABLE "oversight_counts" (
	"kind" text NOT NULL,
	"code" text NOT NULL,
	"published" boolean NOT NULL,
	"dimension" text NOT NULL,
	"key" text NOT NULL,
	"count" integer NOT NULL
);--> statement-breakpoint
CREATE INDEX "oversight_counts_group_idx" ON "oversight_counts" USING btree ("kind","code");--> statement-breakpoint
-- What one live agreement adds to the counters: for each of its groups (each party region once, each
-- province once), its health, each of its sectors once, and whether it is in force.
CREATE FUNCTION "oversight_contributions"("codes" text[], "province_codes" text[], "health" text, "sectors" text[], "stage" text)
RETURNS TABLE("kind" text, "code" text, "dimension" text, "key" text) LANGUAGE sql IMMUTABLE PARALLEL SAFE
AS $$
  SELECT g.kind, g.code, d.dimension, d.key
  FROM (SELECT DISTINCT 'r'::text AS kind, c AS code FROM unnest(codes) AS c
        UNION ALL SELECT 'p'::text, c FROM unnest(province_codes) AS c) AS g
  CROSS JOIN (SELECT 'health'::text AS dimension, health AS key
              UNION ALL SELECT DISTINCT 'sector'::text, s FROM unnest(sectors) AS s
              UNION ALL SELECT 'in_force'::text, ''::text
                WHERE stage IN ('pelaksanaan', 'monitoring_evaluasi', 'pelaporan')) AS d
$$;--> statement-breakpoint
-- One statement's changes as counter rows: what the new rows add, less what the old rows took, summed
-- per counter; counters that did not move (an edit of the title, the sectors of a health change) get
-- no row. Old and new rows are counted apart and not paired: pairing them by id cost more than the
-- update of the agreements itself in a full health recompute.
CREATE FUNCTION "oversight_counts_track"() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF TG_OP = 'INSERT' THEN
    INSERT INTO oversight_counts (kind, code, published, dimension, key, count)
    SELECT c.kind, c.code, r.published, c.dimension, c.key, count(*)::integer
    FROM new_rows r
    CROSS JOIN LATERAL oversight_contributions(r.party_region_codes, r.party_province_codes, r.health, r.sectors, r.stage) c
    WHERE r.deleted_at IS NULL
    GROUP BY 1, 2, 3, 4, 5;
  ELSIF TG_OP = 'DELETE' THEN
    INSERT INTO oversight_counts (kind, code, published, dimension, key, count)
    SELECT c.kind, c.code, r.published, c.dimension, c.key, -count(*)::integer
    FROM old_rows r
    CROSS JOIN LATERAL oversight_contributions(r.party_region_codes, r.party_province_codes, r.health, r.sectors, r.stage) c
    WHERE r.deleted_at IS NULL
    GROUP BY 1, 2, 3, 4, 5;
  ELSE
    INSERT INTO oversight_counts (kind, code, published, dimension, key, count)
    SELECT kind, code, published, dimension, key, sum(n)::integer FROM (
      SELECT c.kind, c.code, r.published, c.dimension, c.key, 1 AS n
      FROM new_rows r
      CROSS JOIN LATERAL oversight_contributions(r.party_region_codes, r.party_province_codes, r.health, r.sectors, r.stage) c
      WHERE r.deleted_at IS NULL
      UNION ALL
      SELECT c.kind, c.code, r.published, c.dimension, c.key, -1
      FROM old_rows r
      CROSS JOIN LATERAL oversight_contributions(r.party_region_codes, r.party_province_codes, r.health, r.sectors, r.stage) c
      WHERE r.deleted_at IS NULL
    ) x
    GROUP BY 1, 2, 3, 4, 5
    HAVING sum(n) <> 0;
  END IF;
  RETURN NULL;
END
$$;--> statement-breakpoint
CREATE FUNCTION "oversight_counts_clear"() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  DELETE FROM oversight_counts;
  RETURN NULL;
END
$$;--> statement-breakpoint
CREATE TRIGGER "agreements_oversight_insert" AFTER INSERT ON "agreements"
  REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION oversight_counts_track();--> statement-breakpoint
CREATE TRIGGER "agreements_oversight_update" AFTER UPDATE ON "agreements"
  REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION oversight_counts_track();--> statement-breakpoint
CREATE TRIGGER "agreements_oversight_delete" AFTER DELETE ON "agreements"
  REFERENCING OLD TABLE AS old_rows FOR EACH STATEMENT EXECUTE FUNCTION oversight_counts_track();--> statement-breakpoint
CREATE TRIGGER "agreements_oversight_truncate" AFTER TRUNCATE ON "agreements"
  FOR EACH STATEMENT EXECUTE FUNCTION oversight_counts_clear();--> statement-breakpoint
-- The counters of the agreements already there.
INSERT INTO "oversight_counts" ("kind", "code", "published", "dimension", "key", "count")
SELECT c.kind, c.code, a.published, c.dimension, c.key, count(*)::integer
FROM "agreements" a
CROSS JOIN LATERAL oversight_contributions(a.party_region_codes, a.party_province_codes, a.health, a.sectors, a.stage) c
WHERE a.deleted_at IS NULL
GROUP BY 1, 2, 3, 4, 5;
