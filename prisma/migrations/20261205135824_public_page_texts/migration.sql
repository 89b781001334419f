-- CreateEnum
CREATE TYPE "SiteLanguage" AS ENUM ('da', 'en', 'de', 'uk', 'ar', 'pl', 'ro', 'zh', 'ru', 'es', 'fr');

-- CreateTable
CREATE TABLE "PublicPageText" (
    "id" UUID NOT NULL,
    "municipalityId" UUID NOT NULL,
    "block" VARCHAR(40) NOT NULL,
    "language" "SiteLanguage" NOT NULL,
    "title" VARCHAR(200) NOT NULL,
    "body" TEXT NOT NULL,
    "updatedAt" TIMESTAMPTZ(3) NOT NULL,
    "updatedById" UUID,
    "reviewedAt" TIMESTAMPTZ(3),
    "reviewedById" UUID,

    CONSTRAINT "PublicPageText_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE UNIQUE INDEX "PublicPageText_municipalityId_block_language_key" ON "PublicPageText"("municipalityId", "block", "language");

-- AddForeignKey
ALTER TABLE "PublicPageText" ADD CONSTRAINT "PublicPageText_municipalityId_fkey" FOREIGN KEY ("municipalityId") REFERENCES "Municipality"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "PublicPageText" ADD CONSTRAINT "PublicPageText_updatedById_fkey" FOREIGN KEY ("updatedById") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "PublicPageText" ADD CONSTRAINT "PublicPageText_reviewedById_fkey" FOREIGN KEY ("reviewedById") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;
