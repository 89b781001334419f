-- Household members keep their identity through an edit (issue 25): a tick or a reminder of a step
-- for one person refers to that person by a foreign key, no longer by an id inside the step's
-- string. Existing ticks and reminders of members who are still in their household are carried
-- over; those of members already removed by an earlier edit (their member id named a row that no
-- longer exists) could never show again and are dropped.

ALTER TABLE "StepProgress" ADD COLUMN "householdMemberId" UUID;

UPDATE "StepProgress" p
   SET "householdMemberId" = h.id,
       "stepKey" = regexp_replace(p."stepKey", '-[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$', '')
  FROM "HouseholdMember" h
 WHERE p."stepKey" ~ '-[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$'
   AND h.id = substring(p."stepKey" FROM length(p."stepKey") - 35)::uuid
   AND h."arrivalId" = p."arrivalId";
DELETE FROM "StepProgress" WHERE "householdMemberId" IS NULL AND "stepKey" ~ '-[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$';

ALTER TABLE "ReminderDelivery" ADD COLUMN "householdMemberId" UUID, ADD COLUMN "stepKey" VARCHAR(64);

UPDATE "ReminderDelivery" r
   SET "householdMemberId" = h.id,
       "stepKey" = regexp_replace(r."stepId", '-[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$', '')
  FROM "HouseholdMember" h
 WHERE r."stepId" ~ '-[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$'
   AND h.id = substring(r."stepId" FROM length(r."stepId") - 35)::uuid
   AND h."arrivalId" = r."arrivalId";
UPDATE "ReminderDelivery" SET "stepKey" = "stepId" WHERE "stepKey" IS NULL AND "stepId" !~ '-[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$';
DELETE FROM "ReminderDelivery" WHERE "stepKey" IS NULL;

DROP INDEX "ReminderDelivery_arrivalId_stepId_deadline_key";
ALTER TABLE "ReminderDelivery" DROP COLUMN "stepId", ALTER COLUMN "stepKey" SET NOT NULL;
DROP INDEX "StepProgress_arrivalId_stepKey_key";

-- NULLS NOT DISTINCT: a household step (no member) is ticked, and reminded of per deadline, once.
CREATE UNIQUE INDEX "ReminderDelivery_arrivalId_stepKey_householdMemberId_deadli_key"
  ON "ReminderDelivery"("arrivalId", "stepKey", "householdMemberId", "deadline") NULLS NOT DISTINCT;
CREATE UNIQUE INDEX "StepProgress_arrivalId_stepKey_householdMemberId_key"
  ON "StepProgress"("arrivalId", "stepKey", "householdMemberId") NULLS NOT DISTINCT;
CREATE INDEX "StepProgress_householdMemberId_idx" ON "StepProgress"("householdMemberId");

ALTER TABLE "ReminderDelivery" ADD CONSTRAINT "ReminderDelivery_householdMemberId_fkey" FOREIGN KEY ("householdMemberId") REFERENCES "HouseholdMember"("id") ON DELETE CASCADE ON UPDATE CASCADE;
ALTER TABLE "StepProgress" ADD CONSTRAINT "StepProgress_householdMemberId_fkey" FOREIGN KEY ("householdMemberId") REFERENCES "HouseholdMember"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- The checklist id a tick answers to in "Arrival"."applicableStepIds" (lib/packet/step-rules.ts: checklistStepId). The rollup rows stay as they were: a tick carried
-- over answers to the same id, and a dropped one was no longer counted..
CREATE FUNCTION stats_checklist_id(step_key text, member_id uuid) RETURNS varchar LANGUAGE sql IMMUTABLE AS $$
  SELECT (step_key || coalesce('-' || member_id::text, ''))::varchar
$$;

CREATE OR REPLACE VIEW stats_arrival_day_counts AS
SELECT a."municipalityId", a."arrivalDate" AS day, 'arrivals'::varchar AS dimension, ''::varchar AS key, count(*)::int AS count
  FROM "Arrival" a GROUP BY 1, 2
UNION ALL
SELECT a."municipalityId", a."arrivalDate", 'nationality', a.nationality::varchar, count(*)::int
  FROM "Arrival" a GROUP BY 1, 2, 4
UNION ALL
SELECT a."municipalityId", a."arrivalDate", 'basis', a."residenceBasis"::varchar, count(*)::int
  FROM "Arrival" a GROUP BY 1, 2, 4
UNION ALL
SELECT a."municipalityId", a."arrivalDate", 'language', a."packetLanguage"::varchar, count(*)::int
  FROM "Arrival" a GROUP BY 1, 2, 4
UNION ALL
SELECT a."municipalityId", a."arrivalDate", 'persons', 'adults', count(*)::int
  FROM "Arrival" a GROUP BY 1, 2
UNION ALL
-- Spouses are adults, children fall in an age band by their age at arrival (or "unknown").
SELECT a."municipalityId", a."arrivalDate", 'persons',
       CASE
         WHEN h.kind = 'SPOUSE' THEN 'spouses'
         WHEN h."dateOfBirth" IS NULL THEN 'child-unknown'
         WHEN date_part('year', age(a."arrivalDate", h."dateOfBirth")) <= 2 THEN 'child-0-2'
         WHEN date_part('year', age(a."arrivalDate", h."dateOfBirth")) <= 5 THEN 'child-3-5'
         WHEN date_part('year', age(a."arrivalDate", h."dateOfBirth")) <= 16 THEN 'child-6-16'
         ELSE 'child-17-plus'
       END::varchar,
       count(*)::int
  FROM "Arrival" a JOIN "HouseholdMember" h ON h."arrivalId" = a.id GROUP BY 1, 2, 4
UNION ALL
-- Compulsory schooling starts 1 August of the year a child turns 6: the key is that year.
SELECT a."municipalityId", a."arrivalDate", 'school-start', (date_part('year', h."dateOfBirth")::int + 6)::varchar, count(*)::int
  FROM "Arrival" a JOIN "HouseholdMember" h ON h."arrivalId" = a.id
 WHERE h.kind = 'CHILD' AND h."dateOfBirth" IS NOT NULL GROUP BY 1, 2, 4
UNION ALL
-- Days from arrival to CPR registration: a histogram, from which any period's median is exact.
SELECT a."municipalityId", a."arrivalDate", 'cpr-days', (a."cprRegisteredOn" - a."arrivalDate")::varchar, count(*)::int
  FROM "Arrival" a WHERE a."cprRegistered" AND a."cprRegisteredOn" IS NOT NULL GROUP BY 1, 2, 4
UNION ALL
-- A step's checklist id is its rule key, for a child followed by the child's id: count it under
-- the rule. A tick counts while its step still applies to the record (its member included).
SELECT a."municipalityId", a."arrivalDate", 'step-applies', stats_step_rule_key(step.id), count(*)::int
  FROM "Arrival" a CROSS JOIN LATERAL unnest(a."applicableStepIds") AS step(id) GROUP BY 1, 2, 4
UNION ALL
SELECT a."municipalityId", a."arrivalDate", 'step-ticked', p."stepKey", count(*)::int
  FROM "Arrival" a JOIN "StepProgress" p ON p."arrivalId" = a.id
 WHERE stats_checklist_id(p."stepKey", p."householdMemberId") = ANY(a."applicableStepIds") GROUP BY 1, 2, 4;
