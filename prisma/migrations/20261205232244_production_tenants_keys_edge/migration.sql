-- AlterEnum
ALTER TYPE "KeyStatus" ADD VALUE 'PENDING';

-- AlterEnum
ALTER TYPE "KeyUse" ADD VALUE 'CSCA';

-- AlterTable
ALTER TABLE "ApiClient" ADD COLUMN     "expiresAt" TIMESTAMP(3),
ADD COLUMN     "previousSecretHash" TEXT,
ADD COLUMN     "previousTokenExpiresAt" TIMESTAMP(3),
ADD COLUMN     "previousTokenPrefix" TEXT,
ADD COLUMN     "rotatedAt" TIMESTAMP(3);

-- AlterTable
ALTER TABLE "Notification" ADD COLUMN     "secret" TEXT;

-- AlterTable
ALTER TABLE "SigningKey" ADD COLUMN     "activatedAt" TIMESTAMP(3),
ADD COLUMN     "parentId" TEXT,
ADD COLUMN     "statusReason" TEXT;

-- AlterTable
ALTER TABLE "Tenant" ADD COLUMN     "deactivatedAt" TIMESTAMP(3),
ADD COLUMN     "defaultLanguage" TEXT NOT NULL DEFAULT 'en',
ADD COLUMN     "timeZone" TEXT NOT NULL DEFAULT 'UTC';

-- AlterTable
ALTER TABLE "User" ADD COLUMN     "mustChangePassword" BOOLEAN NOT NULL DEFAULT false;

-- AlterTable
ALTER TABLE "VaccinationEvent" ADD COLUMN     "apiClientId" TEXT,
ADD COLUMN     "requestHash" TEXT;

-- CreateIndex
CREATE UNIQUE INDEX "ApiClient_previousTokenPrefix_key" ON "ApiClient"("previousTokenPrefix");

-- AddForeignKey
ALTER TABLE "VaccinationEvent" ADD CONSTRAINT "VaccinationEvent_apiClientId_fkey" FOREIGN KEY ("apiClientId") REFERENCES "ApiClient"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "SigningKey" ADD CONSTRAINT "SigningKey_parentId_fkey" FOREIGN KEY ("parentId") REFERENCES "SigningKey"("id") ON DELETE SET NULL ON UPDATE CASCADE;
