-- AlterTable
ALTER TABLE "Arrival" ADD COLUMN     "lastOpenDeadline" DATE,
ADD COLUMN     "openStepKeys" VARCHAR(64)[] DEFAULT ARRAY[]::VARCHAR(64)[],
ADD COLUMN     "openStepDeadlines" DATE[] DEFAULT ARRAY[]::DATE[],
ADD COLUMN     "nextOpenDeadline" DATE,
ADD COLUMN     "packetOutdatedSince" TIMESTAMPTZ(3),
ADD COLUMN     "unopenedPacketSince" TIMESTAMPTZ(3);

-- AlterTable
ALTER TABLE "Municipality" ADD COLUMN     "notReachedAfterDays" SMALLINT NOT NULL DEFAULT 7;

-- CreateTable
CREATE TABLE "StepDeadline" (
    "id" UUID NOT NULL,
    "arrivalId" UUID NOT NULL,
    "municipalityId" UUID NOT NULL,
    "stepKey" VARCHAR(64) NOT NULL,
    "householdMemberId" UUID,
    "deadline" DATE NOT NULL,
    "isDone" BOOLEAN NOT NULL DEFAULT false,

    CONSTRAINT "StepDeadline_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "StepDeadline_municipalityId_stepKey_isDone_deadline_idx" ON "StepDeadline"("municipalityId", "stepKey", "isDone", "deadline");

-- CreateIndex
CREATE INDEX "StepDeadline_householdMemberId_idx" ON "StepDeadline"("householdMemberId");

-- CreateIndex
CREATE UNIQUE INDEX "StepDeadline_arrivalId_stepKey_householdMemberId_key" ON "StepDeadline"("arrivalId", "stepKey", "householdMemberId");

-- CreateIndex
CREATE INDEX "Arrival_municipalityId_nextOpenDeadline_idx" ON "Arrival"("municipalityId", "nextOpenDeadline");

-- CreateIndex
CREATE INDEX "Arrival_municipalityId_unopenedPacketSince_idx" ON "Arrival"("municipalityId", "unopenedPacketSince");

-- CreateIndex
CREATE INDEX "Arrival_municipalityId_packetOutdatedSince_idx" ON "Arrival"("municipalityId", "packetOutdatedSince");

-- AddForeignKey
ALTER TABLE "StepDeadline" ADD CONSTRAINT "StepDeadline_arrivalId_fkey" FOREIGN KEY ("arrivalId") REFERENCES "Arrival"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "StepDeadline" ADD CONSTRAINT "StepDeadline_householdMemberId_fkey" FOREIGN KEY ("householdMemberId") REFERENCES "HouseholdMember"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- NULLS NOT DISTINCT: a household step (no member) has one deadline, as it has one tick.
DROP INDEX "StepDeadline_arrivalId_stepKey_householdMemberId_key";
CREATE UNIQUE INDEX "StepDeadline_arrivalId_stepKey_householdMemberId_key"
  ON "StepDeadline"("arrivalId", "stepKey", "householdMemberId") NULLS NOT DISTINCT;

-- "Not reached": households without an e-mail address whose reminders would still matter.
CREATE INDEX "Arrival_no_email_lastOpenDeadline_idx" ON "Arrival"("municipalityId", "lastOpenDeadline")
  WHERE "email" IS NULL AND "anonymisedAt" IS NULL;

-- Marks an arrival's deadlines ticked or not by its StepProgress rows, and sets its earliest and
-- latest open deadline and the keys and deadlines of its open steps. Run by the trigger below with every tick, and by the application after it
-- writes an arrival's deadlines (lib/worklist/step-deadlines.ts).
CREATE FUNCTION worklist_refresh_arrival(target uuid) RETURNS void LANGUAGE sql AS $$
  UPDATE "StepDeadline" d
  SET "isDone" = NOT d."isDone"
  WHERE d."arrivalId" = target
    AND d."isDone" <> EXISTS (
      SELECT 1 FROM "StepProgress" p
      WHERE p."arrivalId" = target AND p."stepKey" = d."stepKey" AND p."householdMemberId" IS NOT DISTINCT FROM d."householdMemberId"
    );
  UPDATE "Arrival" a
  SET "nextOpenDeadline" = open.next, "lastOpenDeadline" = open.last,
      "openStepKeys" = open.keys, "openStepDeadlines" = open.deadlines
  FROM (
    SELECT min(deadline) AS next, max(deadline) AS last,
           coalesce(array_agg("stepKey" ORDER BY deadline, "stepKey"), '{}') AS keys,
           coalesce(array_agg(deadline ORDER BY deadline, "stepKey"), '{}') AS deadlines
    FROM "StepDeadline" WHERE "arrivalId" = target AND NOT "isDone"
  ) AS open
  WHERE a.id = target
    AND (a."openStepKeys" IS DISTINCT FROM open.keys OR a."openStepDeadlines" IS DISTINCT FROM open.deadlines);
$$;

CREATE FUNCTION worklist_step_progress_changed() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF stats_is_bulk_load() THEN RETURN NULL; END IF;
  PERFORM worklist_refresh_arrival(CASE WHEN TG_OP = 'DELETE' THEN OLD."arrivalId" ELSE NEW."arrivalId" END);
  RETURN NULL;
END $$;

CREATE TRIGGER worklist_step_progress_changed AFTER INSERT OR DELETE ON "StepProgress"
  FOR EACH ROW EXECUTE FUNCTION worklist_step_progress_changed();

-- Packets made before this migration: the newest of each arrival tells whether it was reached and is current.
WITH newest AS (
  SELECT DISTINCT ON (p."arrivalId") p."arrivalId", p."arrivalVersion", p."catalogueVersion", p."personalLinkId", l."revokedAt", l."lastOpenedAt",
    (SELECT min(q."generatedAt") FROM "WelcomePacket" q WHERE q."personalLinkId" = p."personalLinkId") AS "firstOnLink"
  FROM "WelcomePacket" p JOIN "PersonalLink" l ON l.id = p."personalLinkId"
  ORDER BY p."arrivalId", p."generatedAt" DESC
)
UPDATE "Arrival" a
SET "unopenedPacketSince" = CASE WHEN newest."lastOpenedAt" IS NULL AND newest."revokedAt" IS NULL THEN newest."firstOnLink" END,
    "packetOutdatedSince" = CASE
      WHEN newest."arrivalVersion" <> a.version OR newest."revokedAt" IS NOT NULL OR newest."catalogueVersion" <> m."catalogueVersion" THEN now()
    END
FROM newest, "Municipality" m
WHERE a.id = newest."arrivalId" AND m.id = a."municipalityId" AND a."anonymisedAt" IS NULL;
ALTER TABLE "Municipality" ADD CONSTRAINT "Municipality_notReachedAfterDays_range" CHECK ("notReachedAfterDays" BETWEEN 1 AND 90);
