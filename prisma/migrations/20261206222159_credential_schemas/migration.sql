-- DropForeignKey
ALTER TABLE "CredentialSchema" DROP CONSTRAINT "CredentialSchema_tenantId_fkey";

-- DropIndex
DROP INDEX "CredentialSchema_tenantId_name_version_key";

-- AlterTable
ALTER TABLE "CredentialSchema" DROP COLUMN "active",
DROP COLUMN "schema",
DROP COLUMN "version",
ADD COLUMN     "description" TEXT NOT NULL DEFAULT '',
ADD COLUMN     "retiredAt" TIMESTAMP(3),
ADD COLUMN     "title" TEXT NOT NULL,
ADD COLUMN     "updatedAt" TIMESTAMP(3) NOT NULL,
ALTER COLUMN "tenantId" DROP NOT NULL;

-- AlterTable
ALTER TABLE "Programme" ADD COLUMN     "schemaVersionId" TEXT;

-- CreateTable
CREATE TABLE "CredentialSchemaVersion" (
    "id" TEXT NOT NULL,
    "schemaId" TEXT NOT NULL,
    "version" INTEGER NOT NULL,
    "credentialType" TEXT NOT NULL,
    "subjectSchema" JSONB NOT NULL,
    "qrFields" TEXT[],
    "verifierFields" TEXT[],
    "retiredAt" TIMESTAMP(3),
    "publishedAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "CredentialSchemaVersion_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "SchemaCredential" (
    "id" TEXT NOT NULL,
    "tenantId" TEXT NOT NULL,
    "certificateId" TEXT NOT NULL,
    "schemaVersionId" TEXT NOT NULL,
    "recipientId" TEXT,
    "claims" JSONB NOT NULL,
    "nativeQr" TEXT NOT NULL,
    "status" "CertificateStatus" NOT NULL DEFAULT 'ACTIVE',
    "statusReason" TEXT,
    "suspendedUntil" TIMESTAMP(3),
    "statusListNumber" INTEGER NOT NULL,
    "statusListIndex" INTEGER NOT NULL,
    "signingKeyId" TEXT NOT NULL,
    "apiClientId" TEXT,
    "issueKey" TEXT,
    "requestHash" TEXT,
    "issuedAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "SchemaCredential_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE UNIQUE INDEX "CredentialSchemaVersion_schemaId_version_key" ON "CredentialSchemaVersion"("schemaId", "version");

-- CreateIndex
CREATE UNIQUE INDEX "SchemaCredential_certificateId_key" ON "SchemaCredential"("certificateId");

-- CreateIndex
CREATE INDEX "SchemaCredential_tenantId_issuedAt_idx" ON "SchemaCredential"("tenantId", "issuedAt");

-- CreateIndex
CREATE INDEX "SchemaCredential_recipientId_idx" ON "SchemaCredential"("recipientId");

-- CreateIndex
CREATE UNIQUE INDEX "SchemaCredential_tenantId_statusListNumber_statusListIndex_key" ON "SchemaCredential"("tenantId", "statusListNumber", "statusListIndex");

-- CreateIndex
CREATE UNIQUE INDEX "SchemaCredential_tenantId_issueKey_key" ON "SchemaCredential"("tenantId", "issueKey");

-- CreateIndex
CREATE UNIQUE INDEX "CredentialSchema_tenantId_name_key" ON "CredentialSchema"("tenantId", "name");

-- AddForeignKey
ALTER TABLE "Programme" ADD CONSTRAINT "Programme_schemaVersionId_fkey" FOREIGN KEY ("schemaVersionId") REFERENCES "CredentialSchemaVersion"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "CredentialSchema" ADD CONSTRAINT "CredentialSchema_tenantId_fkey" FOREIGN KEY ("tenantId") REFERENCES "Tenant"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "CredentialSchemaVersion" ADD CONSTRAINT "CredentialSchemaVersion_schemaId_fkey" FOREIGN KEY ("schemaId") REFERENCES "CredentialSchema"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "SchemaCredential" ADD CONSTRAINT "SchemaCredential_tenantId_fkey" FOREIGN KEY ("tenantId") REFERENCES "Tenant"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "SchemaCredential" ADD CONSTRAINT "SchemaCredential_schemaVersionId_fkey" FOREIGN KEY ("schemaVersionId") REFERENCES "CredentialSchemaVersion"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "SchemaCredential" ADD CONSTRAINT "SchemaCredential_recipientId_fkey" FOREIGN KEY ("recipientId") REFERENCES "Recipient"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "SchemaCredential" ADD CONSTRAINT "SchemaCredential_signingKeyId_fkey" FOREIGN KEY ("signingKeyId") REFERENCES "SigningKey"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "SchemaCredential" ADD CONSTRAINT "SchemaCredential_apiClientId_fkey" FOREIGN KEY ("apiClientId") REFERENCES "ApiClient"("id") ON DELETE SET NULL ON UPDATE CASCADE;
