import { prisma } from "@vax/db";
import { parseTemplateSettings, TemplateSettingsError, type TTemplateSettings } from "@vax/pdf";

/**
 * The look of a programme's certificates: the template version the programme chose, else the
 * built-in defaults. Every PDF uses the programme's current choice, those of certificates issued
 * before it too: the look is not part of the credential, whose signed content never changes. A
 * stored version that no longer parses is logged and the defaults are used, so a citizen still gets
 * a certificate while an admin fixes it.
 */
export const programmeTemplateSettings = async (tenantId: string, programmeId: string): Promise<TTemplateSettings> => {
  const programme = await prisma.programme.findFirst({
    where: { id: programmeId, tenantId },
    select: { templateVersion: { select: { id: true, version: true, settings: true } } },
  });
  const chosen = programme?.templateVersion;
  if (!chosen) return parseTemplateSettings({});
  try {
    return parseTemplateSettings(chosen.settings);
  } catch (error) {
    if (!(error instanceof TemplateSettingsError)) throw error;
    console.warn(
      `Certificate template version ${chosen.version} (${chosen.id}) is not valid, defaults used: ${error.message}`,
    );
    return parseTemplateSettings({});
  }
};
