import { prisma } from "@vax/db";
import { AppError } from "../errors";
import type { TTemplateVersionView } from "../schemas/certificate-template";
import { type TActor, tenantFilter } from "../shared/actor";
import { templateVersionView } from "./certificate-template-view";

/** Options for {@link getCertificateTemplateVersion}. */
export type GetCertificateTemplateVersionOptions = { actor: TActor; id: string; version: number };

/** One saved version of a template of the actor's tenant, with its settings exactly as saved. */
export const getCertificateTemplateVersion = async ({
  actor,
  id,
  version,
}: GetCertificateTemplateVersionOptions): Promise<TTemplateVersionView> => {
  const found = await prisma.certificateTemplateVersion.findFirst({
    where: { version, template: { id, ...tenantFilter(actor) } },
  });
  if (!found) throw new AppError("NOT_FOUND", "This template has no such version");
  return templateVersionView(found);
};
