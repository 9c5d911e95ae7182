-- AlterEnum
ALTER TYPE "NotificationStatus" ADD VALUE 'SENDING';

-- AlterTable
ALTER TABLE "Notification" ADD COLUMN     "attachCertificatePdf" BOOLEAN NOT NULL DEFAULT false,
ADD COLUMN     "certificateId" TEXT,
ADD COLUMN     "queuedAt" TIMESTAMP(3);

-- CreateIndex
CREATE INDEX "Notification_certificateId_idx" ON "Notification"("certificateId");

-- AddForeignKey
ALTER TABLE "Notification" ADD CONSTRAINT "Notification_certificateId_fkey" FOREIGN KEY ("certificateId") REFERENCES "Certificate"("id") ON DELETE SET NULL ON UPDATE CASCADE;
