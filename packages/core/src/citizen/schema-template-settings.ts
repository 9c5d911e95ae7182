import { prisma } from "@vax/db";
import {
  parseTemplateSettings,
  schemaTemplateSettings,
  TemplateSettingsError,
  type TTemplateSettings,
  testReportTemplateSettings,
} from "@vax/pdf";

/** The built-in look of a schema's credentials: the test report's, or one titled with the schema's title. */
export const schemaTemplateDefaults = (schema: { title: string; builtIn: boolean; name: string }): TTemplateSettings =>
  schema.builtIn && schema.name === "test-report" ? testReportTemplateSettings() : schemaTemplateSettings(schema.title);

/**
 * The look of a schema's credentials in a tenant: the newest version of the tenant's most recently changed active
 * template for that schema, else the built-in one (the test report's, or one titled with the schema's title). A
 * stored version that no longer parses is logged and the built-in look is used, so the holder still gets a PDF.
 */
export const schemaCredentialTemplateSettings = async (
  tenantId: string,
  schema: { id: string; title: string; builtIn: boolean; name: string },
): Promise<TTemplateSettings> => {
  const builtInLook = () => schemaTemplateDefaults(schema);
  const template = await prisma.certificateTemplate.findFirst({
    where: { tenantId, schemaId: schema.id, active: true },
    orderBy: { updatedAt: "desc" },
    select: {
      versions: { orderBy: { version: "desc" }, take: 1, select: { id: true, version: true, settings: true } },
    },
  });
  const newest = template?.versions[0];
  if (!newest) return builtInLook();
  try {
    return parseTemplateSettings(newest.settings);
  } catch (error) {
    if (!(error instanceof TemplateSettingsError)) throw error;
    console.warn(
      `Certificate template version ${newest.version} (${newest.id}) is not valid, built-in look used: ${error.message}`,
    );
    return builtInLook();
  }
};
