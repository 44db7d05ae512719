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
-- One statement's changes as counter rows: what the new rows add, less what the old rows took. An
-- update that changed only the health (the daily recompute) moves each group's health count and
-- nothing else; an update that changed nothing counted writes nothing.
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
    WITH pairs AS (
      SELECT o.party_region_codes AS o_codes, o.party_province_codes AS o_provinces, o.health AS o_health,
        o.sectors AS o_sectors, o.stage AS o_stage, o.published AS o_published, o.deleted_at IS NULL AS o_live,
        n.party_region_codes AS n_codes, n.party_province_codes AS n_provinces, n.health AS n_health,
        n.sectors AS n_sectors, n.stage AS n_stage, n.published AS n_published, n.deleted_at IS NULL AS n_live,
        (o.party_region_codes, o.sectors, o.stage, o.published, o.deleted_at IS NULL)
          IS NOT DISTINCT FROM (n.party_region_codes, n.sectors, n.stage, n.published, n.deleted_at IS NULL)
          AS health_only
      FROM old_rows o JOIN new_rows n ON n.id = o.id
      WHERE (o.party_region_codes, o.health, o.sectors, o.stage, o.published, o.deleted_at IS NULL)
        IS DISTINCT FROM (n.party_region_codes, n.health, n.sectors, n.stage, n.published, n.deleted_at IS NULL)
    ), changes AS (
      SELECT g.kind, g.code, p.n_published AS published, 'health'::text AS dimension, h.key, h.n
      FROM pairs p
      CROSS JOIN LATERAL (SELECT DISTINCT 'r'::text AS kind, c AS code FROM unnest(p.n_codes) AS c
                          UNION ALL SELECT 'p'::text, c FROM unnest(p.n_provinces) AS c) g
      CROSS JOIN LATERAL (VALUES (p.n_health, 1), (p.o_health, -1)) AS h(key, n)
      WHERE p.health_only AND p.n_live
      UNION ALL
      SELECT c.kind, c.code, p.n_published, c.dimension, c.key, 1
      FROM pairs p
      CROSS JOIN LATERAL oversight_contributions(p.n_codes, p.n_provinces, p.n_health, p.n_sectors, p.n_stage) c
      WHERE NOT p.health_only AND p.n_live
      UNION ALL
      SELECT c.kind, c.code, p.o_published, c.dimension, c.key, -1
      FROM pairs p
      CROSS JOIN LATERAL oversight_contributions(p.o_codes, p.o_provinces, p.o_health, p.o_sectors, p.o_stage) c
      WHERE NOT p.health_only AND p.o_live
    )
    SELECT kind, code, published, dimension, key, sum(n)::integer
    FROM changes
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
