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
-- The groups of an agreement: each party region once (kind 'r') and each province once (kind 'p').
-- First places in the array instead of DISTINCT, which would build a hash table per agreement.
CREATE FUNCTION "oversight_groups"("codes" text[], "province_codes" text[])
RETURNS TABLE("kind" text, "code" text) LANGUAGE sql IMMUTABLE PARALLEL SAFE
AS $$
  SELECT 'r'::text, u.c FROM unnest(codes) WITH ORDINALITY AS u(c, i) WHERE array_position(codes, u.c) = u.i
  UNION ALL SELECT 'p'::text, c FROM unnest(province_codes) AS c
$$;--> statement-breakpoint
-- What a live agreement adds to the counters besides its health: each sector once, and whether it is
-- in force, in each of its groups.
CREATE FUNCTION "oversight_facets"("codes" text[], "province_codes" text[], "sectors" text[], "stage" text)
RETURNS TABLE("kind" text, "code" text, "dimension" text, "key" text) LANGUAGE sql IMMUTABLE PARALLEL SAFE
AS $$
  SELECT g.kind, g.code, d.dimension, d.key
  FROM oversight_groups(codes, province_codes) AS g
  CROSS JOIN (SELECT 'sector'::text AS dimension, s.s AS key FROM unnest(sectors) WITH ORDINALITY AS s(s, i)
                WHERE array_position(sectors, s.s) = s.i
              UNION ALL SELECT 'in_force'::text, ''::text
                WHERE stage IN ('pelaksanaan', 'monitoring_evaluasi', 'pelaporan')) AS d
$$;--> statement-breakpoint
-- Everything a live agreement adds to the counters: its health and its facets in each of its groups.
CREATE FUNCTION "oversight_contributions"("codes" text[], "province_codes" text[], "health" text, "sectors" text[], "stage" text)
RETURNS TABLE("kind" text, "code" text, "dimension" text, "key" text) LANGUAGE sql IMMUTABLE PARALLEL SAFE
AS $$
  SELECT g.kind, g.code, 'health'::text, health FROM oversight_groups(codes, province_codes) AS g
  UNION ALL SELECT f.kind, f.code, f.dimension, f.key FROM oversight_facets(codes, province_codes, sectors, stage) AS f
$$;--> statement-breakpoint
-- One statement's changes as counter rows, summed per counter; counters that did not move get no row.
-- An update moves the health counts of its old and new rows, and the other counts of the rows whose
-- groups, sectors, stage, publication or life changed only (found by EXCEPT ALL, not by pairing the
-- rows by id, which cost more than the update itself in a full health recompute).
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
    WITH moved AS (
      -- The rows whose groups, sectors, stage, publication or life changed, as they are (+1) and were
      -- (-1); a change of health alone (the daily recompute) leaves none.
      (SELECT 1 AS n, party_region_codes, party_province_codes, sectors, stage, published FROM new_rows WHERE deleted_at IS NULL
       EXCEPT ALL
       SELECT 1, party_region_codes, party_province_codes, sectors, stage, published FROM old_rows WHERE deleted_at IS NULL)
      UNION ALL
      (SELECT -1, party_region_codes, party_province_codes, sectors, stage, published FROM old_rows WHERE deleted_at IS NULL
       EXCEPT ALL
       SELECT -1, party_region_codes, party_province_codes, sectors, stage, published FROM new_rows WHERE deleted_at IS NULL)
    ), changes AS (
      SELECT g.kind, g.code, r.published, 'health'::text AS dimension, r.health AS key, 1 AS n
      FROM new_rows r CROSS JOIN LATERAL oversight_groups(r.party_region_codes, r.party_province_codes) g
      WHERE r.deleted_at IS NULL
      UNION ALL
      SELECT g.kind, g.code, r.published, 'health'::text, r.health, -1
      FROM old_rows r CROSS JOIN LATERAL oversight_groups(r.party_region_codes, r.party_province_codes) g
      WHERE r.deleted_at IS NULL
      UNION ALL
      SELECT f.kind, f.code, m.published, f.dimension, f.key, m.n
      FROM moved m CROSS JOIN LATERAL oversight_facets(m.party_region_codes, m.party_province_codes, m.sectors, m.stage) f
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
