-- Packets stored before this migration printed live personal links in plain-text PDFs (the leak
-- this change closes) and rows were added by downloads, not only by "Generate". They cannot be
-- turned into truthful, encrypted history rows, and no municipality runs Ankomst yet: remove them.
DELETE FROM "WelcomePacket";

-- AlterTable
ALTER TABLE "Municipality" ADD COLUMN "catalogueUpdatedAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
ADD COLUMN     "letterName" VARCHAR(200),
ADD COLUMN     "signatoryTitles" JSONB NOT NULL DEFAULT '{}';

-- Existing signatory titles were written in English: keep them as the English title.
UPDATE "Municipality" SET "letterName" = "name" || ' Kommune',
  "signatoryTitles" = CASE WHEN "signatoryTitle" IS NULL THEN '{}'::jsonb ELSE jsonb_build_object('en', "signatoryTitle") END;
ALTER TABLE "Municipality" ALTER COLUMN "letterName" SET NOT NULL, DROP COLUMN "signatoryTitle";

-- AlterTable
ALTER TABLE "WelcomePacket" DROP COLUMN "firstOpenedAt",
DROP COLUMN "pdfRenderedAt",
ADD COLUMN     "personalLinkId" UUID NOT NULL,
DROP COLUMN "catalogueVersion",
ADD COLUMN     "catalogueVersion" INTEGER NOT NULL,
ALTER COLUMN "pdf" SET NOT NULL;

-- CreateIndex
CREATE INDEX "WelcomePacket_personalLinkId_idx" ON "WelcomePacket"("personalLinkId");

-- CreateIndex
CREATE UNIQUE INDEX "welcome_packet_cache_key" ON "WelcomePacket"("arrivalId", "arrivalVersion", "language", "catalogueVersion", "personalLinkId");

-- AddForeignKey
ALTER TABLE "WelcomePacket" ADD CONSTRAINT "WelcomePacket_personalLinkId_fkey" FOREIGN KEY ("personalLinkId") REFERENCES "PersonalLink"("id") ON DELETE CASCADE ON UPDATE CASCADE;
