-- DropIndex
DROP INDEX "welcome_packet_cache_key";

-- AlterTable
ALTER TABLE "WelcomePacket" ADD COLUMN     "pdfFormat" SMALLINT NOT NULL DEFAULT 1;

-- CreateIndex
CREATE UNIQUE INDEX "welcome_packet_cache_key" ON "WelcomePacket"("arrivalId", "arrivalVersion", "language", "catalogueVersion", "personalLinkId", "pdfFormat");
