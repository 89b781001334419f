-- CreateEnum
CREATE TYPE "StepTickSource" AS ENUM ('NEWCOMER', 'COUNTER');

-- AlterTable
ALTER TABLE "StepProgress" ADD COLUMN     "markedById" UUID,
ADD COLUMN     "source" "StepTickSource" NOT NULL DEFAULT 'NEWCOMER';

-- AddForeignKey
ALTER TABLE "StepProgress" ADD CONSTRAINT "StepProgress_markedById_fkey" FOREIGN KEY ("markedById") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- The statistics count the ticks made at the counter apart from the newcomer's own.
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
 WHERE stats_checklist_id(p."stepKey", p."householdMemberId") = ANY(a."applicableStepIds") GROUP BY 1, 2, 4
UNION ALL
-- The ticks made at the counter on the newcomer's behalf, counted apart as well (issue 27).
SELECT a."municipalityId", a."arrivalDate", 'step-ticked-counter', p."stepKey", count(*)::int
  FROM "Arrival" a JOIN "StepProgress" p ON p."arrivalId" = a.id
 WHERE p.source = 'COUNTER' AND stats_checklist_id(p."stepKey", p."householdMemberId") = ANY(a."applicableStepIds") GROUP BY 1, 2, 4;
