-- The packet languages of Denmark's largest groups of newcomers (decision 020).

ALTER TYPE "Language" ADD VALUE 'uk';
ALTER TYPE "Language" ADD VALUE 'ar';
ALTER TYPE "Language" ADD VALUE 'pl';
ALTER TYPE "Language" ADD VALUE 'ro';

-- AlterTable
ALTER TABLE "CatalogueStepText" ADD COLUMN     "reviewedAt" TIMESTAMPTZ(3),
ADD COLUMN     "reviewedById" UUID;

-- AddForeignKey
ALTER TABLE "CatalogueStepText" ADD CONSTRAINT "CatalogueStepText_reviewedById_fkey" FOREIGN KEY ("reviewedById") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- The texts a municipality has today were written or kept by its administrators: reviewed as of their last save.
UPDATE "CatalogueStepText" SET "reviewedAt" = "updatedAt", "reviewedById" = "updatedById";
