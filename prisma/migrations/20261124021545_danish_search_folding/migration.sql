-- Rows stored before this migration were folded the old way (version 1): the start's backfill
-- refolds them (scripts/db/data-backfills.ts); rows written from now on carry the current version.
ALTER TABLE "Arrival" ADD COLUMN "searchNameVersion" SMALLINT NOT NULL DEFAULT 1;
ALTER TABLE "Arrival" ALTER COLUMN "searchNameVersion" SET DEFAULT 2;
CREATE INDEX "Arrival_searchNameVersion_stale_idx" ON "Arrival" ("searchNameVersion") WHERE "searchNameVersion" < 2;
