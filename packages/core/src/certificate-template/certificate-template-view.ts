import type { CertificateTemplate, CertificateTemplateVersion, Prisma } from "@vax/db";
import type { TTemplateSummary, TTemplateVersionView, TTemplateView } from "../schemas/certificate-template";

const versionProgrammes = { select: { id: true, name: true }, orderBy: { name: "asc" } } as const;

/** What a template is loaded with for a list: each version's number and programmes (no settings: images are large). */
export const templateSummaryInclude = {
  schema: { select: { id: true, title: true } },
  versions: { orderBy: { version: "desc" }, select: { version: true, programmes: versionProgrammes } },
} satisfies Prisma.CertificateTemplateInclude;

/** What a template is loaded with for its page: every version with its programmes, newest first. */
export const templateInclude = {
  schema: { select: { id: true, title: true } },
  versions: { orderBy: { version: "desc" }, include: { programmes: versionProgrammes } },
} satisfies Prisma.CertificateTemplateInclude;

type TSummaryTemplate = CertificateTemplate & {
  schema: { id: string; title: string } | null;
  versions: Array<{ version: number; programmes: Array<{ id: string; name: string }> }>;
};
type TLoadedTemplate = Prisma.CertificateTemplateGetPayload<{ include: typeof templateInclude }>;

/** Shapes a stored version for the API. */
export const templateVersionView = (version: CertificateTemplateVersion): TTemplateVersionView => ({
  id: version.id,
  templateId: version.templateId,
  version: version.version,
  settings: version.settings as Record<string, unknown>,
  createdBy: version.createdBy,
  createdAt: version.createdAt.toISOString(),
});

const programmeUses = (template: TSummaryTemplate) =>
  template.versions.flatMap(({ version, programmes }) => programmes.map(({ id, name }) => ({ id, name, version })));

/** Shapes a template for a list. */
export const templateSummary = (template: TSummaryTemplate): TTemplateSummary => ({
  id: template.id,
  name: template.name,
  active: template.active,
  schema: template.schema,
  latestVersion: template.versions[0]?.version ?? 0,
  programmes: programmeUses(template),
  createdAt: template.createdAt.toISOString(),
  updatedAt: template.updatedAt.toISOString(),
});

/** Shapes a template with its versions (newest first) and its latest settings. */
export const templateView = (template: TLoadedTemplate): TTemplateView => {
  const [latest] = template.versions;
  if (!latest) throw new Error(`Certificate template ${template.id} has no version`);
  return {
    ...templateSummary(template),
    versions: template.versions.map(({ id, version, createdBy, createdAt }) => ({
      id,
      version,
      createdBy,
      createdAt: createdAt.toISOString(),
    })),
    latest: templateVersionView(latest),
  };
};
