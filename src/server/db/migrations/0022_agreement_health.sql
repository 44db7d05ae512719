-- The health of each agreement (health, its reasons) moves out of the wide agreements row into a narrow
-- table of its own: the full health recompute rewrites it for every agreement on its first run, and an
-- UPDATE of 50,000 agreements rows rewrote their generated column, their indexes (four GIN among them)
-- and ran the oversight counters' comparison of every other column (issue 12; docs/benchmarks.md).
--
-- Every agreement has exactly one row, deleted ones too (a restored agreement keeps its health until
-- its write recomputes it): the agreements insert trigger below creates it and the agreements delete
-- trigger removes it. The foreign key is checked at commit (DEFERRABLE INITIALLY DEFERRED) because the
-- delete trigger must still read the health it takes from the counters before it removes the row,
-- which an ON DELETE CASCADE would have removed first.
CREATE TABLE "agreement_health" (
	"agreement_id" uuid PRIMARY KEY NOT NULL,
	"health" text DEFAULT 'aktif' NOT NULL,
	"reasons" jsonb DEFAULT '[]'::jsonb NOT NULL
);--> statement-breakpoint
INSERT INTO "agreement_health" ("agreement_id", "health", "reasons")
SELECT "id", "health", "health_reasons" FROM "agreements";--> statement-breakpoint
-- The foreign key comes after the copy: a deferred key would have queued a check for every copied row
-- until commit, and PostgreSQL refuses to index or alter a table with pending trigger events in the
-- same transaction. Added now, it validates the copied rows at once.
ALTER TABLE "agreement_health" ADD CONSTRAINT "agreement_health_agreement_id_agreements_id_fk"
	FOREIGN KEY ("agreement_id") REFERENCES "public"."agreements"("id") DEFERRABLE INITIALLY DEFERRED;--> statement-breakpoint
-- The agreements list's health filter and counts: the agreements of a state from the index alone.
CREATE INDEX "agreement_health_health_idx" ON "agreement_health" USING btree ("health","agreement_id");--> statement-breakpoint
-- The oversight counters (migration 0020): the agreements triggers now count the sectors and "in force"
-- of the rows they write, and the health of the rows whose groups, publication or life changed (read
-- from agreement_health); a change of health itself is counted by the triggers on agreement_health.
CREATE OR REPLACE FUNCTION "oversight_counts_track"() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF TG_OP = 'INSERT' THEN
    INSERT INTO oversight_counts (kind, code, published, dimension, key, count)
    SELECT f.kind, f.code, r.published, f.dimension, f.key, count(*)::integer
    FROM new_rows r
    CROSS JOIN LATERAL oversight_facets(r.party_region_codes, r.party_province_codes, r.sectors, r.stage) f
    WHERE r.deleted_at IS NULL
    GROUP BY 1, 2, 3, 4, 5;
    -- Their health rows ('aktif' until the write recomputes them); that insert counts their health.
    INSERT INTO agreement_health (agreement_id) SELECT id FROM new_rows;
  ELSIF TG_OP = 'DELETE' THEN
    INSERT INTO oversight_counts (kind, code, published, dimension, key, count)
    SELECT c.kind, c.code, r.published, c.dimension, c.key, -count(*)::integer
    FROM old_rows r
    LEFT JOIN agreement_health h ON h.agreement_id = r.id
    CROSS JOIN LATERAL oversight_contributions(r.party_region_codes, r.party_province_codes, h.health, r.sectors, r.stage) c
    WHERE r.deleted_at IS NULL AND c.key IS NOT NULL
    GROUP BY 1, 2, 3, 4, 5;
    -- Their agreement is gone, so this delete counts nothing more (agreement_health_track).
    DELETE FROM agreement_health WHERE agreement_id IN (SELECT id FROM old_rows);
  ELSE
    INSERT INTO oversight_counts (kind, code, published, dimension, key, count)
    WITH moved AS (
      -- The rows whose groups, sectors, stage, publication or life changed, as they are (+1) and were
      -- (-1); an update of other columns (a title, a text) leaves none.
      (SELECT 1 AS n, id, party_region_codes, party_province_codes, sectors, stage, published FROM new_rows WHERE deleted_at IS NULL
       EXCEPT ALL
       SELECT 1, id, party_region_codes, party_province_codes, sectors, stage, published FROM old_rows WHERE deleted_at IS NULL)
      UNION ALL
      (SELECT -1, id, party_region_codes, party_province_codes, sectors, stage, published FROM old_rows WHERE deleted_at IS NULL
       EXCEPT ALL
       SELECT -1, id, party_region_codes, party_province_codes, sectors, stage, published FROM new_rows WHERE deleted_at IS NULL)
    )
    -- An agreements UPDATE does not change the health, so the old and the new row have the one in
    -- agreement_health.
    SELECT c.kind, c.code, m.published, c.dimension, c.key, sum(m.n)::integer
    FROM moved m
    LEFT JOIN agreement_health h ON h.agreement_id = m.id
    CROSS JOIN LATERAL oversight_contributions(m.party_region_codes, m.party_province_codes, h.health, m.sectors, m.stage) c
    WHERE c.key IS NOT NULL
    GROUP BY 1, 2, 3, 4, 5
    HAVING sum(m.n) <> 0;
  END IF;
  RETURN NULL;
END
$$;--> statement-breakpoint
-- A change of health rows as counter rows: the health of each live agreement's groups, +1 for what it
-- is and -1 for what it was; a row whose health stayed (its reasons changed) cancels out before the
-- agreements are read.
CREATE FUNCTION "agreement_health_track"() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF TG_OP = 'INSERT' THEN
    INSERT INTO oversight_counts (kind, code, published, dimension, key, count)
    SELECT g.kind, g.code, a.published, 'health', h.health, count(*)::integer
    FROM new_rows h
    JOIN agreements a ON a.id = h.agreement_id AND a.deleted_at IS NULL
    CROSS JOIN LATERAL oversight_groups(a.party_region_codes, a.party_province_codes) g
    GROUP BY 1, 2, 3, 4, 5;
  ELSIF TG_OP = 'DELETE' THEN
    INSERT INTO oversight_counts (kind, code, published, dimension, key, count)
    SELECT g.kind, g.code, a.published, 'health', h.health, -count(*)::integer
    FROM old_rows h
    JOIN agreements a ON a.id = h.agreement_id AND a.deleted_at IS NULL
    CROSS JOIN LATERAL oversight_groups(a.party_region_codes, a.party_province_codes) g
    GROUP BY 1, 2, 3, 4, 5;
  ELSE
    INSERT INTO oversight_counts (kind, code, published, dimension, key, count)
    WITH changed AS (
      SELECT agreement_id, health, sum(n) AS n
      FROM (SELECT agreement_id, health, 1 AS n FROM new_rows
            UNION ALL SELECT agreement_id, health, -1 FROM old_rows) x
      GROUP BY 1, 2
      HAVING sum(n) <> 0
    )
    SELECT g.kind, g.code, a.published, 'health', c.health, sum(c.n)::integer
    FROM changed c
    JOIN agreements a ON a.id = c.agreement_id AND a.deleted_at IS NULL
    CROSS JOIN LATERAL oversight_groups(a.party_region_codes, a.party_province_codes) g
    GROUP BY 1, 2, 3, 4, 5
    HAVING sum(c.n) <> 0;
  END IF;
  RETURN NULL;
END
$$;--> statement-breakpoint
CREATE FUNCTION "agreement_health_clear"() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  DELETE FROM oversight_counts WHERE dimension = 'health';
  RETURN NULL;
END
$$;--> statement-breakpoint
CREATE TRIGGER "agreement_health_oversight_insert" AFTER INSERT ON "agreement_health"
  REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION agreement_health_track();--> statement-breakpoint
CREATE TRIGGER "agreement_health_oversight_update" AFTER UPDATE ON "agreement_health"
  REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION agreement_health_track();--> statement-breakpoint
CREATE TRIGGER "agreement_health_oversight_delete" AFTER DELETE ON "agreement_health"
  REFERENCING OLD TABLE AS old_rows FOR EACH STATEMENT EXECUTE FUNCTION agreement_health_track();--> statement-breakpoint
CREATE TRIGGER "agreement_health_oversight_truncate" AFTER TRUNCATE ON "agreement_health"
  FOR EACH STATEMENT EXECUTE FUNCTION agreement_health_clear();--> statement-breakpoint
-- The national oversight view's covering index (migration 0016) without the health, which it now joins.
DROP INDEX "agreements_oversight_idx";--> statement-breakpoint
DROP INDEX "agreements_health_idx";--> statement-breakpoint
ALTER TABLE "agreements" DROP COLUMN "health";--> statement-breakpoint
ALTER TABLE "agreements" DROP COLUMN "health_reasons";--> statement-breakpoint
CREATE INDEX "agreements_oversight_idx" ON "agreements" USING btree ("id") INCLUDE ("party_province_codes", "sectors", "stage") WHERE "agreements"."deleted_at" is null;--> statement-breakpoint
ANALYZE "agreement_health";
