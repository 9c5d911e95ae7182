-- AlterTable
ALTER TABLE "StatusList" ADD COLUMN     "shuffleKey" BYTEA;
