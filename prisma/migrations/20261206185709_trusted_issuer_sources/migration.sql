-- CreateEnum
CREATE TYPE "TrustSource" AS ENUM ('MANUAL', 'TRUST_LIST', 'DSC_LIST', 'JWKS');

-- AlterTable
ALTER TABLE "TrustedIssuer" ADD COLUMN     "changedBy" TEXT,
ADD COLUMN     "contexts" JSONB,
ADD COLUMN     "cscas" TEXT[] DEFAULT ARRAY[]::TEXT[],
ADD COLUMN     "source" "TrustSource" NOT NULL DEFAULT 'MANUAL',
ADD COLUMN     "sourceUrl" TEXT,
ALTER COLUMN "tenantId" DROP NOT NULL;

-- CreateIndex
CREATE INDEX "TrustedIssuer_tenantId_name_idx" ON "TrustedIssuer"("tenantId", "name");
