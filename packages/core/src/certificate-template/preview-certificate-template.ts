import { env } from "@vax/config/env";
import { prisma } from "@vax/db";
import { renderCertificatePdf, type TCertificateLanguage } from "@vax/pdf";
import { type TActor, tenantOf } from "../shared/actor";
import { previewCertificateDocument } from "./preview-certificate-document";
import { checkedTemplateSettings } from "./template-settings-input";

/** Options for {@link previewCertificateTemplate}. */
export type PreviewCertificateTemplateOptions = { actor: TActor; settings: unknown; lang?: TCertificateLanguage };

/**
 * The real PDF a template's settings print, in English and the language given, drawn with sample
 * data and the actor's tenant as the issuer; nothing is saved. Wrong settings are a VALIDATION_FAILED naming each field.
 */
export const previewCertificateTemplate = async ({
  actor,
  settings,
  lang = "en",
}: PreviewCertificateTemplateOptions): Promise<Buffer> => {
  const checked = checkedTemplateSettings(settings);
  const tenant = await prisma.tenant.findUniqueOrThrow({
    where: { id: tenantOf(actor) },
    select: { name: true, country: true, slug: true },
  });
  const issuer = { name: tenant.name, country: tenant.country, did: `did:web:sample:${tenant.slug}` };
  return renderCertificatePdf(previewCertificateDocument(issuer, env.VAX_PUBLIC_URL), { settings: checked, lang });
};
