-- AlterTable
ALTER TABLE "HouseholdMember" ADD COLUMN     "cprRegisteredOn" DATE;

-- Until now one date stood for the household: a household registered in CPR is taken to have
-- registered together (the usual visit to Borgerservice), so nobody gets a CPR step anew.
UPDATE "HouseholdMember" h SET "cprRegisteredOn" = a."cprRegisteredOn"
  FROM "Arrival" a
 WHERE a.id = h."arrivalId" AND a."cprRegistered" AND a."cprRegisteredOn" IS NOT NULL;

-- A spouse's steps now name the spouse (lib/steps/step-rules.ts: stepMemberId), as a child's do:
-- the spouse's Jobcenter tick and reminders move to the spouse. The next start computes the
-- applicable steps again (STEP_RULES_VERSION 3).
UPDATE "StepProgress" p SET "householdMemberId" = h.id
  FROM "HouseholdMember" h
 WHERE p."stepKey" = 'jobcenter-spouse' AND p."householdMemberId" IS NULL AND h."arrivalId" = p."arrivalId" AND h.kind = 'SPOUSE';
UPDATE "ReminderDelivery" r SET "householdMemberId" = h.id
  FROM "HouseholdMember" h
 WHERE r."stepKey" = 'jobcenter-spouse' AND r."householdMemberId" IS NULL AND h."arrivalId" = r."arrivalId" AND h.kind = 'SPOUSE';
