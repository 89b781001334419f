-- CreateEnum
CREATE TYPE "ReminderConsentSource" AS ENUM ('NEWCOMER', 'COUNTER');

-- CreateEnum
CREATE TYPE "ReminderStatus" AS ENUM ('PENDING', 'SENT', 'BOUNCED');

-- AlterTable
ALTER TABLE "Arrival" ADD COLUMN     "remindersConsentAt" TIMESTAMPTZ(3),
ADD COLUMN     "remindersConsentSource" "ReminderConsentSource";

-- AlterTable
ALTER TABLE "Municipality" ADD COLUMN     "reminderLeadDays" JSONB NOT NULL DEFAULT '{}';

-- CreateTable
CREATE TABLE "ReminderDelivery" (
    "id" UUID NOT NULL,
    "arrivalId" UUID NOT NULL,
    "municipalityId" UUID NOT NULL,
    "stepId" VARCHAR(64) NOT NULL,
    "deadline" DATE NOT NULL,
    "mailId" UUID NOT NULL,
    "messageId" VARCHAR(300),
    "status" "ReminderStatus" NOT NULL DEFAULT 'PENDING',
    "claimedAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "sentAt" TIMESTAMPTZ(3),

    CONSTRAINT "ReminderDelivery_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "ReminderDelivery_municipalityId_sentAt_idx" ON "ReminderDelivery"("municipalityId", "sentAt");

-- CreateIndex
CREATE INDEX "ReminderDelivery_status_claimedAt_idx" ON "ReminderDelivery"("status", "claimedAt");

-- CreateIndex
CREATE UNIQUE INDEX "ReminderDelivery_arrivalId_stepId_deadline_key" ON "ReminderDelivery"("arrivalId", "stepId", "deadline");

-- AddForeignKey
ALTER TABLE "ReminderDelivery" ADD CONSTRAINT "ReminderDelivery_arrivalId_fkey" FOREIGN KEY ("arrivalId") REFERENCES "Arrival"("id") ON DELETE CASCADE ON UPDATE CASCADE;
