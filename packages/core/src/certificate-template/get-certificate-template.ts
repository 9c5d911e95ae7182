import { type DatabaseTransaction, prisma } from "@vax/db";
import { AppError } from "../errors";
import type { TTemplateView } from "../schemas/certificate-template";
import { type TAccess, type TActor, tenantFilter } from "../shared/actor";
import { templateInclude, templateView } from "./certificate-template-view";

/** Finds a template of the actor's tenant with its versions, or throws NOT_FOUND. */
export const findCertificateTemplate = async (
  db: DatabaseTransaction,
  actor: TActor,
  id: string,
  access: TAccess = "read",
) => {
  const template = await db.certificateTemplate.findFirst({
    where: { id, ...tenantFilter(actor, access) },
    include: templateInclude,
  });
  if (!template) throw new AppError("NOT_FOUND", "No certificate template with this id");
  return template;
};

/** Options for {@link getCertificateTemplate}. */
export type GetCertificateTemplateOptions = { actor: TActor; id: string };

/** One template of the actor's tenant: every version with its date and author, the latest settings, who prints with it. */
export const getCertificateTemplate = async ({ actor, id }: GetCertificateTemplateOptions): Promise<TTemplateView> =>
  templateView(await findCertificateTemplate(prisma, actor, id));
