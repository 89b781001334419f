-- AlterTable
ALTER TABLE "Arrival" ADD COLUMN     "lastWorkedById" UUID;

-- CreateIndex
CREATE INDEX "Arrival_municipalityId_createdById_arrivalDate_idx" ON "Arrival"("municipalityId", "createdById", "arrivalDate" DESC);

-- CreateIndex
CREATE INDEX "Arrival_municipalityId_lastWorkedById_arrivalDate_idx" ON "Arrival"("municipalityId", "lastWorkedById", "arrivalDate" DESC);

-- AddForeignKey
ALTER TABLE "Arrival" ADD CONSTRAINT "Arrival_lastWorkedById_fkey" FOREIGN KEY ("lastWorkedById") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- Who last worked on each household until now, from the audit log: the newest event by a staff
-- user that changed the household (the actions that set lastWorkedById from now on).
UPDATE "Arrival" a SET "lastWorkedById" = last."actorUserId"
FROM (
  SELECT DISTINCT ON (e."entityId") e."entityId", e."actorUserId"
  FROM "AuditEvent" e
  WHERE e."entityType" = 'arrival' AND e."actorUserId" IS NOT NULL
    AND e.action IN ('arrival.create', 'arrival.update', 'arrival.merge', 'arrival.note-add', 'step.tick', 'step.untick',
                     'packet.generate', 'link.issue', 'link.revoke', 'reminders.consent')
  ORDER BY e."entityId", e."occurredAt" DESC, e.id DESC
) last
WHERE a.id::text = last."entityId"
  AND EXISTS (SELECT 1 FROM "User" u WHERE u.id = last."actorUserId");
