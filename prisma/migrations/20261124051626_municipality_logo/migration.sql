-- CreateTable
CREATE TABLE "MunicipalityLogo" (
    "municipalityId" UUID NOT NULL,
    "png" BYTEA NOT NULL,
    "width" INTEGER NOT NULL,
    "height" INTEGER NOT NULL,
    "digest" CHAR(64) NOT NULL,
    "updatedAt" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "MunicipalityLogo_pkey" PRIMARY KEY ("municipalityId")
);

-- AddForeignKey
ALTER TABLE "MunicipalityLogo" ADD CONSTRAINT "MunicipalityLogo_municipalityId_fkey" FOREIGN KEY ("municipalityId") REFERENCES "Municipality"("id") ON DELETE CASCADE ON UPDATE CASCADE;
