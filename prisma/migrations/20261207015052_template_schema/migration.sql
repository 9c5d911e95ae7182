-- AlterTable
ALTER TABLE "CertificateTemplate" ADD COLUMN     "schemaId" TEXT;

-- AddForeignKey
ALTER TABLE "CertificateTemplate" ADD CONSTRAINT "CertificateTemplate_schemaId_fkey" FOREIGN KEY ("schemaId") REFERENCES "CredentialSchema"("id") ON DELETE SET NULL ON UPDATE CASCADE;
