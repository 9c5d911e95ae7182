-- CreateEnum
CREATE TYPE "BulkRowOutcome" AS ENUM ('PENDING', 'CREATED', 'EXISTING', 'FAILED');

-- AlterEnum
BEGIN;
CREATE TYPE "BulkUploadStatus_new" AS ENUM ('QUEUED', 'RUNNING', 'DONE', 'FAILED', 'CANCELLED');
ALTER TABLE "public"."BulkUpload" ALTER COLUMN "status" DROP DEFAULT;
ALTER TABLE "BulkUpload" ALTER COLUMN "status" TYPE "BulkUploadStatus_new" USING ("status"::text::"BulkUploadStatus_new");
ALTER TYPE "BulkUploadStatus" RENAME TO "BulkUploadStatus_old";
ALTER TYPE "BulkUploadStatus_new" RENAME TO "BulkUploadStatus";
DROP TYPE "public"."BulkUploadStatus_old";
ALTER TABLE "BulkUpload" ALTER COLUMN "status" SET DEFAULT 'QUEUED';
COMMIT;

-- DropForeignKey
ALTER TABLE "BulkUpload" DROP CONSTRAINT "BulkUpload_uploadedById_fkey";

-- AlterTable
ALTER TABLE "BulkUpload" DROP COLUMN "failedRows",
DROP COLUMN "processedRows",
ADD COLUMN     "apiClientId" TEXT,
ADD COLUMN     "columns" TEXT[],
ADD COLUMN     "queuedAt" TIMESTAMP(3),
ADD COLUMN     "startedAt" TIMESTAMP(3),
ALTER COLUMN "uploadedById" DROP NOT NULL,
ALTER COLUMN "status" SET DEFAULT 'QUEUED';

-- AlterTable
ALTER TABLE "BulkUploadRow" DROP COLUMN "certificateId",
DROP COLUMN "succeeded",
ADD COLUMN     "outcome" "BulkRowOutcome" NOT NULL DEFAULT 'PENDING',
ADD COLUMN     "processedAt" TIMESTAMP(3),
ADD COLUMN     "recordId" TEXT;

-- CreateIndex
CREATE INDEX "BulkUpload_tenantId_createdAt_idx" ON "BulkUpload"("tenantId", "createdAt");

-- CreateIndex
CREATE INDEX "BulkUpload_status_queuedAt_idx" ON "BulkUpload"("status", "queuedAt");

-- CreateIndex
CREATE INDEX "BulkUploadRow_uploadId_outcome_idx" ON "BulkUploadRow"("uploadId", "outcome");

-- AddForeignKey
ALTER TABLE "BulkUpload" ADD CONSTRAINT "BulkUpload_uploadedById_fkey" FOREIGN KEY ("uploadedById") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;
