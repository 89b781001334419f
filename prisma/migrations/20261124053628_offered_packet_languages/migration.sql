-- AlterTable
ALTER TABLE "Municipality" ADD COLUMN     "packetLanguages" VARCHAR(8)[] DEFAULT ARRAY['en', 'de', 'da']::VARCHAR(8)[];
