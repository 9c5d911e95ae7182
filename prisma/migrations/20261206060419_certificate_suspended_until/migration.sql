-- AlterTable
ALTER TABLE "Certificate" ADD COLUMN     "suspendedUntil" TIMESTAMP(3);

-- CreateIndex
CREATE INDEX "Certificate_suspendedUntil_idx" ON "Certificate"("suspendedUntil");
