import { prisma } from "@vax/db";
import { parseTemplateSettings, TemplateSettingsError, type TTemplateSettings } from "@vax/pdf";

/**
 * The look of a programme's certificates: its active template, else the tenant's template for all
 * programmes, else the defaults. A stored template that no longer parses is logged and the
 * defaults are used, so a citizen still gets a certificate while an admin fixes it.
 */
export const programmeTemplateSettings = async (tenantId: string, programmeId: string): Promise<TTemplateSettings> => {
  const template = await prisma.certificateTemplate.findFirst({
    where: { tenantId, active: true, OR: [{ programmeId }, { programmeId: null }] },
    orderBy: [{ programmeId: { sort: "asc", nulls: "last" } }, { updatedAt: "desc" }],
    select: { id: true, name: true, settings: true },
  });
  if (!template) return parseTemplateSettings({});
  try {
    return parseTemplateSettings(template.settings);
  } catch (error) {
    if (!(error instanceof TemplateSettingsError)) throw error;
    console.warn(
      `Certificate template "${template.name}" (${template.id}) is not valid, defaults used: ${error.message}`,
    );
    return parseTemplateSettings({});
  }
};
