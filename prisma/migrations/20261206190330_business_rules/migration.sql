-- CreateEnum
CREATE TYPE "BusinessRuleType" AS ENUM ('ACCEPTANCE', 'INVALIDATION');

-- CreateEnum
CREATE TYPE "BusinessRuleSource" AS ENUM ('IMPORTED', 'TENANT');

-- CreateTable
CREATE TABLE "BusinessRule" (
    "id" TEXT NOT NULL,
    "tenantId" TEXT,
    "identifier" TEXT NOT NULL,
    "version" TEXT NOT NULL,
    "type" "BusinessRuleType" NOT NULL,
    "country" VARCHAR(2) NOT NULL,
    "certificateType" TEXT NOT NULL,
    "validFrom" TIMESTAMP(3) NOT NULL,
    "validTo" TIMESTAMP(3) NOT NULL,
    "description" TEXT NOT NULL,
    "rule" JSONB NOT NULL,
    "active" BOOLEAN NOT NULL DEFAULT true,
    "source" "BusinessRuleSource" NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "BusinessRule_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "BusinessRule_active_validTo_idx" ON "BusinessRule"("active", "validTo");

-- CreateIndex
CREATE UNIQUE INDEX "BusinessRule_tenantId_country_identifier_version_key" ON "BusinessRule"("tenantId", "country", "identifier", "version");

-- AddForeignKey
ALTER TABLE "BusinessRule" ADD CONSTRAINT "BusinessRule_tenantId_fkey" FOREIGN KEY ("tenantId") REFERENCES "Tenant"("id") ON DELETE CASCADE ON UPDATE CASCADE;
