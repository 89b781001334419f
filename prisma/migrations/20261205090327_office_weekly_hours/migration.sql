-- AlterTable
ALTER TABLE "Office" ADD COLUMN     "weeklyHours" JSONB;
