-- Hand-written: trigram search on folded names (the GIN index below needs the extension first).
CREATE EXTENSION IF NOT EXISTS pg_trgm;

-- CreateEnum
CREATE TYPE "Role" AS ENUM ('CASEWORKER', 'MANAGER', 'ADMIN');

-- CreateEnum
CREATE TYPE "Language" AS ENUM ('da', 'en', 'de');

-- CreateEnum
CREATE TYPE "ResidenceBasis" AS ENUM ('NORDIC', 'EU_EEA_SWISS', 'WORK_PERMIT', 'STUDENT', 'ACCOMPANYING_FAMILY', 'FAMILY_REUNIFICATION', 'REFUGEE', 'OTHER');

-- CreateEnum
CREATE TYPE "HouseholdMemberKind" AS ENUM ('SPOUSE', 'CHILD');

-- CreateTable
CREATE TABLE "Municipality" (
    "id" UUID NOT NULL,
    "slug" VARCHAR(64) NOT NULL,
    "name" VARCHAR(200) NOT NULL,
    "addressLine" VARCHAR(200) NOT NULL,
    "postalCode" VARCHAR(16) NOT NULL,
    "city" VARCHAR(100) NOT NULL,
    "phone" VARCHAR(40),
    "email" VARCHAR(254),
    "website" VARCHAR(300),
    "signatoryName" VARCHAR(200),
    "signatoryTitle" VARCHAR(200),
    "linkValidityMonths" INTEGER NOT NULL DEFAULT 12,
    "retentionMonths" INTEGER NOT NULL DEFAULT 60,
    "catalogueVersion" INTEGER NOT NULL DEFAULT 1,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "Municipality_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Office" (
    "id" UUID NOT NULL,
    "municipalityId" UUID NOT NULL,
    "name" VARCHAR(200) NOT NULL,
    "addressLine" VARCHAR(200) NOT NULL,
    "postalCode" VARCHAR(16) NOT NULL,
    "city" VARCHAR(100) NOT NULL,
    "phone" VARCHAR(40),
    "email" VARCHAR(254),
    "openingHours" JSONB NOT NULL DEFAULT '{}',
    "position" INTEGER NOT NULL DEFAULT 0,

    CONSTRAINT "Office_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "User" (
    "id" UUID NOT NULL,
    "municipalityId" UUID NOT NULL,
    "email" VARCHAR(254) NOT NULL,
    "name" VARCHAR(200) NOT NULL,
    "passwordHash" VARCHAR(200) NOT NULL,
    "role" "Role" NOT NULL,
    "disabledAt" TIMESTAMPTZ(3),
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "User_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Arrival" (
    "id" UUID NOT NULL,
    "municipalityId" UUID NOT NULL,
    "givenName" VARCHAR(200) NOT NULL,
    "familyName" VARCHAR(200) NOT NULL,
    "searchName" VARCHAR(400) NOT NULL,
    "dateOfBirth" DATE NOT NULL,
    "nationality" CHAR(2) NOT NULL,
    "packetLanguage" "Language" NOT NULL,
    "email" VARCHAR(254),
    "phone" VARCHAR(40),
    "arrivalDate" DATE NOT NULL,
    "addressLine" VARCHAR(200) NOT NULL,
    "postalCode" VARCHAR(16) NOT NULL,
    "city" VARCHAR(100) NOT NULL,
    "residenceBasis" "ResidenceBasis" NOT NULL,
    "employerOrSchool" VARCHAR(200),
    "expectedStayMonths" INTEGER,
    "cprRegistered" BOOLEAN NOT NULL DEFAULT false,
    "cprRegisteredOn" DATE,
    "version" INTEGER NOT NULL DEFAULT 1,
    "creationKey" UUID,
    "createdById" UUID,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMPTZ(3) NOT NULL,
    "anonymisedAt" TIMESTAMPTZ(3),

    CONSTRAINT "Arrival_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "HouseholdMember" (
    "id" UUID NOT NULL,
    "arrivalId" UUID NOT NULL,
    "kind" "HouseholdMemberKind" NOT NULL,
    "givenName" VARCHAR(200) NOT NULL,
    "familyName" VARCHAR(200) NOT NULL,
    "dateOfBirth" DATE,
    "seekingWork" BOOLEAN,
    "position" INTEGER NOT NULL DEFAULT 0,

    CONSTRAINT "HouseholdMember_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "WelcomePacket" (
    "id" UUID NOT NULL,
    "arrivalId" UUID NOT NULL,
    "language" "Language" NOT NULL,
    "arrivalVersion" INTEGER NOT NULL,
    "catalogueVersion" VARCHAR(64) NOT NULL,
    "generatedById" UUID,
    "generatedAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "firstOpenedAt" TIMESTAMPTZ(3),
    "pdf" BYTEA,
    "pdfRenderedAt" TIMESTAMPTZ(3),

    CONSTRAINT "WelcomePacket_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "PersonalLink" (
    "id" UUID NOT NULL,
    "arrivalId" UUID NOT NULL,
    "tokenHash" CHAR(64) NOT NULL,
    "createdById" UUID,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "expiresAt" TIMESTAMPTZ(3) NOT NULL,
    "revokedAt" TIMESTAMPTZ(3),
    "lastOpenedAt" TIMESTAMPTZ(3),

    CONSTRAINT "PersonalLink_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "StepProgress" (
    "id" UUID NOT NULL,
    "arrivalId" UUID NOT NULL,
    "stepKey" VARCHAR(64) NOT NULL,
    "completedAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "StepProgress_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "CatalogueStep" (
    "id" UUID NOT NULL,
    "municipalityId" UUID NOT NULL,
    "key" VARCHAR(64) NOT NULL,
    "position" INTEGER NOT NULL DEFAULT 0,
    "isActive" BOOLEAN NOT NULL DEFAULT true,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "CatalogueStep_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "CatalogueStepText" (
    "id" UUID NOT NULL,
    "stepId" UUID NOT NULL,
    "language" "Language" NOT NULL,
    "title" VARCHAR(200) NOT NULL,
    "body" TEXT NOT NULL,
    "whereName" VARCHAR(200),
    "whereAddress" VARCHAR(300),
    "whereHours" VARCHAR(300),
    "wherePhone" VARCHAR(40),
    "whereUrl" VARCHAR(300),
    "sourceUrl" VARCHAR(300),
    "checkedOn" DATE NOT NULL,
    "updatedAt" TIMESTAMPTZ(3) NOT NULL,
    "updatedById" UUID,

    CONSTRAINT "CatalogueStepText_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "AuditEvent" (
    "id" BIGSERIAL NOT NULL,
    "municipalityId" UUID NOT NULL,
    "actorUserId" UUID,
    "action" VARCHAR(64) NOT NULL,
    "entityType" VARCHAR(64) NOT NULL,
    "entityId" VARCHAR(64),
    "metadata" JSONB NOT NULL DEFAULT '{}',
    "occurredAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "AuditEvent_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "RateLimitBucket" (
    "key" VARCHAR(200) NOT NULL,
    "count" INTEGER NOT NULL DEFAULT 0,
    "windowStart" TIMESTAMPTZ(3) NOT NULL,
    "blockedUntil" TIMESTAMPTZ(3),

    CONSTRAINT "RateLimitBucket_pkey" PRIMARY KEY ("key")
);

-- CreateIndex
CREATE UNIQUE INDEX "Municipality_slug_key" ON "Municipality"("slug");

-- CreateIndex
CREATE INDEX "Office_municipalityId_position_idx" ON "Office"("municipalityId", "position");

-- CreateIndex
CREATE UNIQUE INDEX "User_email_key" ON "User"("email");

-- CreateIndex
CREATE INDEX "User_municipalityId_role_idx" ON "User"("municipalityId", "role");

-- CreateIndex
CREATE INDEX "Arrival_municipalityId_arrivalDate_idx" ON "Arrival"("municipalityId", "arrivalDate" DESC);

-- CreateIndex
CREATE INDEX "arrival_search_name_trgm" ON "Arrival" USING GIN ("searchName" gin_trgm_ops);

-- CreateIndex
CREATE INDEX "Arrival_municipalityId_dateOfBirth_idx" ON "Arrival"("municipalityId", "dateOfBirth");

-- CreateIndex
CREATE INDEX "Arrival_municipalityId_residenceBasis_arrivalDate_idx" ON "Arrival"("municipalityId", "residenceBasis", "arrivalDate");

-- CreateIndex
CREATE INDEX "Arrival_municipalityId_nationality_arrivalDate_idx" ON "Arrival"("municipalityId", "nationality", "arrivalDate");

-- CreateIndex
CREATE UNIQUE INDEX "Arrival_municipalityId_creationKey_key" ON "Arrival"("municipalityId", "creationKey");

-- CreateIndex
CREATE INDEX "HouseholdMember_arrivalId_position_idx" ON "HouseholdMember"("arrivalId", "position");

-- CreateIndex
CREATE INDEX "WelcomePacket_arrivalId_generatedAt_idx" ON "WelcomePacket"("arrivalId", "generatedAt" DESC);

-- CreateIndex
CREATE UNIQUE INDEX "PersonalLink_tokenHash_key" ON "PersonalLink"("tokenHash");

-- CreateIndex
CREATE INDEX "PersonalLink_arrivalId_createdAt_idx" ON "PersonalLink"("arrivalId", "createdAt" DESC);

-- CreateIndex
CREATE UNIQUE INDEX "StepProgress_arrivalId_stepKey_key" ON "StepProgress"("arrivalId", "stepKey");

-- CreateIndex
CREATE INDEX "CatalogueStep_municipalityId_position_idx" ON "CatalogueStep"("municipalityId", "position");

-- CreateIndex
CREATE UNIQUE INDEX "CatalogueStep_municipalityId_key_key" ON "CatalogueStep"("municipalityId", "key");

-- CreateIndex
CREATE UNIQUE INDEX "CatalogueStepText_stepId_language_key" ON "CatalogueStepText"("stepId", "language");

-- CreateIndex
CREATE INDEX "AuditEvent_municipalityId_occurredAt_idx" ON "AuditEvent"("municipalityId", "occurredAt" DESC);

-- CreateIndex
CREATE INDEX "AuditEvent_entityType_entityId_idx" ON "AuditEvent"("entityType", "entityId");

-- AddForeignKey
ALTER TABLE "Office" ADD CONSTRAINT "Office_municipalityId_fkey" FOREIGN KEY ("municipalityId") REFERENCES "Municipality"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "User" ADD CONSTRAINT "User_municipalityId_fkey" FOREIGN KEY ("municipalityId") REFERENCES "Municipality"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Arrival" ADD CONSTRAINT "Arrival_municipalityId_fkey" FOREIGN KEY ("municipalityId") REFERENCES "Municipality"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Arrival" ADD CONSTRAINT "Arrival_createdById_fkey" FOREIGN KEY ("createdById") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "HouseholdMember" ADD CONSTRAINT "HouseholdMember_arrivalId_fkey" FOREIGN KEY ("arrivalId") REFERENCES "Arrival"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "WelcomePacket" ADD CONSTRAINT "WelcomePacket_arrivalId_fkey" FOREIGN KEY ("arrivalId") REFERENCES "Arrival"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "WelcomePacket" ADD CONSTRAINT "WelcomePacket_generatedById_fkey" FOREIGN KEY ("generatedById") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "PersonalLink" ADD CONSTRAINT "PersonalLink_arrivalId_fkey" FOREIGN KEY ("arrivalId") REFERENCES "Arrival"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "PersonalLink" ADD CONSTRAINT "PersonalLink_createdById_fkey" FOREIGN KEY ("createdById") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "StepProgress" ADD CONSTRAINT "StepProgress_arrivalId_fkey" FOREIGN KEY ("arrivalId") REFERENCES "Arrival"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "CatalogueStep" ADD CONSTRAINT "CatalogueStep_municipalityId_fkey" FOREIGN KEY ("municipalityId") REFERENCES "Municipality"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "CatalogueStepText" ADD CONSTRAINT "CatalogueStepText_stepId_fkey" FOREIGN KEY ("stepId") REFERENCES "CatalogueStep"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "AuditEvent" ADD CONSTRAINT "AuditEvent_municipalityId_fkey" FOREIGN KEY ("municipalityId") REFERENCES "Municipality"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "AuditEvent" ADD CONSTRAINT "AuditEvent_actorUserId_fkey" FOREIGN KEY ("actorUserId") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- Hand-written CHECK constraints: Prisma's schema language cannot express them, and its diff ignores
-- them, so they survive later generated migrations.
ALTER TABLE "Municipality"
  ADD CONSTRAINT "Municipality_slug_format" CHECK ("slug" ~ '^[a-z0-9-]+$'),
  ADD CONSTRAINT "Municipality_linkValidityMonths_range" CHECK ("linkValidityMonths" BETWEEN 1 AND 60),
  ADD CONSTRAINT "Municipality_retentionMonths_range" CHECK ("retentionMonths" BETWEEN 1 AND 240),
  ADD CONSTRAINT "Municipality_catalogueVersion_positive" CHECK ("catalogueVersion" >= 1);

ALTER TABLE "User"
  ADD CONSTRAINT "User_email_lower_case" CHECK ("email" = lower("email"));

ALTER TABLE "Arrival"
  ADD CONSTRAINT "Arrival_nationality_iso_alpha2" CHECK ("nationality" ~ '^[A-Z]{2}$'),
  ADD CONSTRAINT "Arrival_born_before_arrival" CHECK ("dateOfBirth" <= "arrivalDate"),
  ADD CONSTRAINT "Arrival_expectedStayMonths_range" CHECK ("expectedStayMonths" IS NULL OR "expectedStayMonths" BETWEEN 1 AND 600),
  ADD CONSTRAINT "Arrival_cpr_date_only_when_registered" CHECK ("cprRegistered" OR "cprRegisteredOn" IS NULL),
  ADD CONSTRAINT "Arrival_version_positive" CHECK ("version" >= 1),
  ADD CONSTRAINT "Arrival_names_not_blank" CHECK (btrim("givenName") <> '' AND btrim("familyName") <> '');

ALTER TABLE "HouseholdMember"
  ADD CONSTRAINT "HouseholdMember_seekingWork_only_for_spouse" CHECK ("seekingWork" IS NULL OR "kind" = 'SPOUSE'),
  ADD CONSTRAINT "HouseholdMember_child_has_birth_date" CHECK ("kind" <> 'CHILD' OR "dateOfBirth" IS NOT NULL);

ALTER TABLE "PersonalLink"
  ADD CONSTRAINT "PersonalLink_expires_after_creation" CHECK ("expiresAt" > "createdAt");

ALTER TABLE "RateLimitBucket"
  ADD CONSTRAINT "RateLimitBucket_count_not_negative" CHECK ("count" >= 0);
