-- AlterTable
ALTER TABLE "CorrectionRequest" ADD COLUMN     "openSlot" TEXT,
ADD COLUMN     "rejectionReason" TEXT,
ADD COLUMN     "resultCertificateId" TEXT;

-- AlterTable
ALTER TABLE "Feedback" ADD COLUMN     "facilityId" TEXT;

-- CreateIndex
CREATE UNIQUE INDEX "CorrectionRequest_openSlot_key" ON "CorrectionRequest"("openSlot");

-- CreateIndex
CREATE UNIQUE INDEX "CorrectionRequest_resultCertificateId_key" ON "CorrectionRequest"("resultCertificateId");

-- CreateIndex
CREATE INDEX "CorrectionRequest_requestedBy_status_idx" ON "CorrectionRequest"("requestedBy", "status");

-- CreateIndex
CREATE INDEX "Feedback_tenantId_facilityId_idx" ON "Feedback"("tenantId", "facilityId");

-- CreateIndex
CREATE INDEX "Feedback_mobile_createdAt_idx" ON "Feedback"("mobile", "createdAt");

-- AddForeignKey
ALTER TABLE "CorrectionRequest" ADD CONSTRAINT "CorrectionRequest_resultCertificateId_fkey" FOREIGN KEY ("resultCertificateId") REFERENCES "Certificate"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Feedback" ADD CONSTRAINT "Feedback_facilityId_fkey" FOREIGN KEY ("facilityId") REFERENCES "Facility"("id") ON DELETE SET NULL ON UPDATE CASCADE;
