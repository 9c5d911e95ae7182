-- AlterTable
ALTER TABLE "Certificate" ADD COLUMN     "nativeQr" TEXT;

-- CreateTable
CREATE TABLE "OtherFormatCertificate" (
    "id" TEXT NOT NULL,
    "tenantId" TEXT NOT NULL,
    "certificateId" TEXT NOT NULL,
    "format" "CertificateFormat" NOT NULL,
    "qr" TEXT NOT NULL,
    "revocationId" TEXT NOT NULL,
    "signingKeyId" TEXT NOT NULL,
    "issuedAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "expiresAt" TIMESTAMP(3),

    CONSTRAINT "OtherFormatCertificate_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "OtherFormatCertificate_tenantId_format_revocationId_idx" ON "OtherFormatCertificate"("tenantId", "format", "revocationId");

-- CreateIndex
CREATE UNIQUE INDEX "OtherFormatCertificate_certificateId_format_key" ON "OtherFormatCertificate"("certificateId", "format");

-- AddForeignKey
ALTER TABLE "OtherFormatCertificate" ADD CONSTRAINT "OtherFormatCertificate_tenantId_fkey" FOREIGN KEY ("tenantId") REFERENCES "Tenant"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "OtherFormatCertificate" ADD CONSTRAINT "OtherFormatCertificate_certificateId_fkey" FOREIGN KEY ("certificateId") REFERENCES "Certificate"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "OtherFormatCertificate" ADD CONSTRAINT "OtherFormatCertificate_signingKeyId_fkey" FOREIGN KEY ("signingKeyId") REFERENCES "SigningKey"("id") ON DELETE RESTRICT ON UPDATE CASCADE;
