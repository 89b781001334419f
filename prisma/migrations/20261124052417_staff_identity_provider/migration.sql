-- AlterTable
ALTER TABLE "Municipality" ADD COLUMN     "passwordSignIn" BOOLEAN NOT NULL DEFAULT true;

-- CreateTable
CREATE TABLE "IdentityProvider" (
    "municipalityId" UUID NOT NULL,
    "issuer" VARCHAR(500) NOT NULL,
    "clientId" VARCHAR(200) NOT NULL,
    "clientSecretSealed" BYTEA NOT NULL,
    "emailClaim" VARCHAR(100) NOT NULL DEFAULT 'email',
    "isEnabled" BOOLEAN NOT NULL DEFAULT true,
    "updatedAt" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "IdentityProvider_pkey" PRIMARY KEY ("municipalityId")
);

-- AddForeignKey
ALTER TABLE "IdentityProvider" ADD CONSTRAINT "IdentityProvider_municipalityId_fkey" FOREIGN KEY ("municipalityId") REFERENCES "Municipality"("id") ON DELETE CASCADE ON UPDATE CASCADE;
