-- AlterTable
ALTER TABLE "PersonalLink" ADD COLUMN     "tokenSalt" BYTEA NOT NULL;
