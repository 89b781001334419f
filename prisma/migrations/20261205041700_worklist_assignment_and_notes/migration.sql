-- AlterTable
ALTER TABLE "Arrival" ADD COLUMN     "assignedToId" UUID;

-- CreateTable
CREATE TABLE "ArrivalNote" (
    "id" UUID NOT NULL,
    "arrivalId" UUID NOT NULL,
    "authorId" UUID,
    "text" VARCHAR(2000) NOT NULL,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "ArrivalNote_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "ArrivalNote_arrivalId_createdAt_idx" ON "ArrivalNote"("arrivalId", "createdAt" DESC);

-- CreateIndex
CREATE INDEX "Arrival_municipalityId_assignedToId_arrivalDate_idx" ON "Arrival"("municipalityId", "assignedToId", "arrivalDate" DESC);

-- AddForeignKey
ALTER TABLE "Arrival" ADD CONSTRAINT "Arrival_assignedToId_fkey" FOREIGN KEY ("assignedToId") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ArrivalNote" ADD CONSTRAINT "ArrivalNote_arrivalId_fkey" FOREIGN KEY ("arrivalId") REFERENCES "Arrival"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ArrivalNote" ADD CONSTRAINT "ArrivalNote_authorId_fkey" FOREIGN KEY ("authorId") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- Every household is followed up by someone: who registered it, until it is reassigned.
UPDATE "Arrival" SET "assignedToId" = "createdById" WHERE "assignedToId" IS NULL AND "anonymisedAt" IS NULL;

-- A note says something.
ALTER TABLE "ArrivalNote" ADD CONSTRAINT "ArrivalNote_text_not_blank" CHECK (btrim("text") <> '');
