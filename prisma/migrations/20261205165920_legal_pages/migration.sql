-- CreateEnum
CREATE TYPE "AccessibilityCompliance" AS ENUM ('FULL', 'PARTIAL', 'NONE');

-- AlterTable
ALTER TABLE "Municipality" ADD COLUMN     "accessibilityCompliance" "AccessibilityCompliance" NOT NULL DEFAULT 'PARTIAL',
ADD COLUMN     "accessibilityContactEmail" VARCHAR(254),
ADD COLUMN     "accessibilityIssues" JSONB NOT NULL DEFAULT '{}',
ADD COLUMN     "accessibilityReviewedOn" DATE,
ADD COLUMN     "dpoEmail" VARCHAR(254),
ADD COLUMN     "dpoName" VARCHAR(200),
ADD COLUMN     "dpoPhone" VARCHAR(40);
