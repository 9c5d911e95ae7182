import { env } from "@vax/config/env";
import { prisma } from "@vax/db";
import { renderCertificatePdf, type TCertificateLanguage } from "@vax/pdf";
import { type TActor, tenantOf } from "../shared/actor";
import { previewCertificateDocument } from "./preview-certificate-document";
import { previewSchemaDocument } from "./preview-schema-document";
import { templateSchema } from "./template-schema";
import { checkedTemplateSettings } from "./template-settings-input";

/** Options for {@link previewCertificateTemplate}. */
export type PreviewCertificateTemplateOptions = {
  actor: TActor;
  settings: unknown;
  lang?: TCertificateLanguage;
  /** The credential schema the template prints; null for vaccination certificates. */
  schemaId?: string | null;
};

/**
 * The real PDF a template's settings print, in English and the language given, drawn with a sample credential of
 * its schema (a vaccination certificate without one) and the actor's tenant as the issuer; nothing is saved. Wrong settings are a VALIDATION_FAILED naming each field.
 */
export const previewCertificateTemplate = async ({
  actor,
  settings,
  lang = "en",
  schemaId,
}: PreviewCertificateTemplateOptions): Promise<Buffer> => {
  const checked = checkedTemplateSettings(settings);
  const schema = await templateSchema(tenantOf(actor), schemaId);
  const tenant = await prisma.tenant.findUniqueOrThrow({
    where: { id: tenantOf(actor) },
    select: { name: true, country: true, slug: true },
  });
  const issuer = { name: tenant.name, country: tenant.country, did: `did:web:sample:${tenant.slug}` };
  const document = schema
    ? previewSchemaDocument(issuer, env.VAX_PUBLIC_URL, schema)
    : previewCertificateDocument(issuer, env.VAX_PUBLIC_URL);
  return renderCertificatePdf(document, { settings: checked, lang });
};
