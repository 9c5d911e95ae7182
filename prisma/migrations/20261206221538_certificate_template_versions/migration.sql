-- Certificate templates become versioned: a template's settings move into its version 1, and each
-- programme points at the version it prints with (null: the built-in look).

-- CreateTable
CREATE TABLE "CertificateTemplateVersion" (
    "id" TEXT NOT NULL,
    "templateId" TEXT NOT NULL,
    "version" INTEGER NOT NULL,
    "settings" JSONB NOT NULL,
    "createdBy" TEXT NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "CertificateTemplateVersion_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE UNIQUE INDEX "CertificateTemplateVersion_templateId_version_key" ON "CertificateTemplateVersion"("templateId", "version");

-- AddForeignKey
ALTER TABLE "CertificateTemplateVersion" ADD CONSTRAINT "CertificateTemplateVersion_templateId_fkey" FOREIGN KEY ("templateId") REFERENCES "CertificateTemplate"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AlterTable
ALTER TABLE "Programme" ADD COLUMN     "templateVersionId" TEXT;

-- AddForeignKey
ALTER TABLE "Programme" ADD CONSTRAINT "Programme_templateVersionId_fkey" FOREIGN KEY ("templateVersionId") REFERENCES "CertificateTemplateVersion"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- Every existing template becomes its own version 1.
INSERT INTO "CertificateTemplateVersion" ("id", "templateId", "version", "settings", "createdBy", "createdAt")
SELECT gen_random_uuid()::text, "id", 1, "settings", 'Migrated template', "updatedAt" FROM "CertificateTemplate";

-- Each programme keeps the look it had: its own active template, else its tenant's active template
-- for all programmes, the most recently changed first; with neither it stays on the built-in look.
UPDATE "Programme" AS p SET "templateVersionId" = (
    SELECT v."id"
    FROM "CertificateTemplate" AS t
    JOIN "CertificateTemplateVersion" AS v ON v."templateId" = t."id"
    WHERE t."tenantId" = p."tenantId" AND t."active" AND (t."programmeId" = p."id" OR t."programmeId" IS NULL)
    ORDER BY (t."programmeId" IS NULL), t."updatedAt" DESC
    LIMIT 1
);

-- DropForeignKey
ALTER TABLE "CertificateTemplate" DROP CONSTRAINT "CertificateTemplate_programmeId_fkey";

-- AlterTable
ALTER TABLE "CertificateTemplate" DROP COLUMN "programmeId",
DROP COLUMN "settings";

-- A saved version never changes, whatever writes to the database: editing a template saves a new one.
CREATE FUNCTION "certificate_template_version_immutable"() RETURNS trigger AS $$
BEGIN
    RAISE EXCEPTION 'A saved certificate template version never changes; save a new version instead';
END;
$$ LANGUAGE plpgsql;

CREATE TRIGGER "CertificateTemplateVersion_immutable"
    BEFORE UPDATE ON "CertificateTemplateVersion"
    FOR EACH ROW EXECUTE FUNCTION "certificate_template_version_immutable"();
