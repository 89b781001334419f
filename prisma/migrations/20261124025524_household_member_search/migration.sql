-- A spouse's or child's name finds the household. Members stored before this migration have no
-- search name yet (version 0): the start's backfill folds them (scripts/db/data-backfills.ts).
ALTER TABLE "HouseholdMember" ADD COLUMN     "searchName" VARCHAR(400) NOT NULL DEFAULT '',
ADD COLUMN     "searchNameVersion" SMALLINT NOT NULL DEFAULT 0;
ALTER TABLE "HouseholdMember" ALTER COLUMN "searchNameVersion" SET DEFAULT 2;
CREATE INDEX "HouseholdMember_searchNameVersion_stale_idx" ON "HouseholdMember" ("searchNameVersion") WHERE "searchNameVersion" < 2;

-- CreateIndex
CREATE INDEX "household_member_search_name_trgm" ON "HouseholdMember" USING GIN ("searchName" gin_trgm_ops);
