-- The GIN index of the agreements' party regions takes new entries into its tree at once instead of a
-- pending list. With fastupdate (the default) every insert or update appends to an unsorted pending
-- list that each search reads in full until VACUUM merges it; PGlite never vacuums, so after the
-- national data set was loaded every search by region read a 2 MB list: 84 ms of the 85 ms a count of
-- a region's agreements expiring within 30 days took, and the region home runs five such counts. On
-- PostgreSQL autovacuum merges the list, but between runs the searches pay for it too. An agreement
-- has two to four party regions, so writing them straight into the tree costs little.
ALTER INDEX "agreements_party_regions_idx" SET (fastupdate = off);--> statement-breakpoint
SELECT gin_clean_pending_list('agreements_party_regions_idx');
