-- Issue 26: enums instead of free strings, the foreign keys that were missing, and the step rules'
-- version beside the stored applicable steps. Every column keeps its data (USING casts, no drops).

CREATE TYPE "SessionEndReason" AS ENUM ('sign-out', 'ended-by-admin', 'deactivated', 'password-set');
CREATE TYPE "RetentionRunStatus" AS ENUM ('running', 'finished', 'failed');

-- 0: computed before the rules had a version; the backfill after migrating computes them again.
ALTER TABLE "Arrival" ADD COLUMN "stepRulesVersion" INTEGER NOT NULL DEFAULT 0;

ALTER TABLE "Municipality" ALTER COLUMN "packetLanguages" DROP DEFAULT;
ALTER TABLE "Municipality" ALTER COLUMN "packetLanguages" TYPE "Language"[] USING "packetLanguages"::text[]::"Language"[];
ALTER TABLE "Municipality" ALTER COLUMN "packetLanguages" SET DEFAULT ARRAY['en', 'de', 'da']::"Language"[];

ALTER TABLE "RetentionRun" ALTER COLUMN "status" DROP DEFAULT;
ALTER TABLE "RetentionRun" ALTER COLUMN "status" TYPE "RetentionRunStatus" USING "status"::"RetentionRunStatus";
ALTER TABLE "RetentionRun" ALTER COLUMN "status" SET DEFAULT 'running';

ALTER TABLE "StaffSession" ALTER COLUMN "endedBy" TYPE "SessionEndReason" USING "endedBy"::"SessionEndReason";

-- A reminder's municipality is its arrival's; a step text's editor may leave (their edits stay, unnamed).
ALTER TABLE "ReminderDelivery" ADD CONSTRAINT "ReminderDelivery_municipalityId_fkey" FOREIGN KEY ("municipalityId") REFERENCES "Municipality"("id") ON DELETE RESTRICT ON UPDATE CASCADE;
ALTER TABLE "CatalogueStepText" ADD CONSTRAINT "CatalogueStepText_updatedById_fkey" FOREIGN KEY ("updatedById") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;
