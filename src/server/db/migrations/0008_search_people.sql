-- Search reads the signatories, each party's document number (its parts as words) and the venue of the
-- signing: add them to the search vectors of the agreements recorded before, and their words to the
-- typo-correction vocabulary. New and edited agreements get them from search-text.ts.
UPDATE "agreements" AS a
SET "search_vector" = a."search_vector"
  || setweight(to_tsvector('indonesian', x.people), 'A')
  || setweight(to_tsvector('indonesian', x.venue), 'B')
FROM (
  SELECT
    g."id",
    lower(unaccent(concat_ws(' ',
      (SELECT string_agg(s."name", ' ') FROM "agreement_signatories" s WHERE s."agreement_id" = g."id"),
      (SELECT string_agg(regexp_replace(p."document_number", '[^[:alnum:]]+', ' ', 'g'), ' ')
         FROM "agreement_parties" p WHERE p."agreement_id" = g."id")
    ))) AS people,
    lower(unaccent(coalesce(g."signing_place", ''))) AS venue
  FROM "agreements" g
) AS x
WHERE x."id" = a."id" AND (x.people <> '' OR x.venue <> '');--> statement-breakpoint
INSERT INTO "search_words" ("word")
SELECT DISTINCT w.word
FROM (
  SELECT regexp_split_to_table(lower(unaccent(s."name")), '[^[:alnum:]]+') AS word FROM "agreement_signatories" s
  UNION ALL
  SELECT regexp_split_to_table(lower(unaccent(g."signing_place")), '[^[:alnum:]]+') FROM "agreements" g
  WHERE g."signing_place" IS NOT NULL
) AS w
WHERE length(w.word) BETWEEN 3 AND 40 AND w.word !~ '^[0-9]+$'
ON CONFLICT DO NOTHING;
