-- AlterTable
ALTER TABLE "SchemaCredential" ADD COLUMN     "payload" JSONB;
