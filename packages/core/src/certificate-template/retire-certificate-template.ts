import { prisma } from "@vax/db";
import { AppError } from "../errors";
import type { TTemplateView } from "../schemas/certificate-template";
import type { TActor } from "../shared/actor";
import { recordAudit } from "../shared/audit";
import { templateInclude, templateView } from "./certificate-template-view";
import { findCertificateTemplate } from "./get-certificate-template";

/** Options for {@link retireCertificateTemplate}. */
export type RetireCertificateTemplateOptions = { actor: TActor; id: string };

/**
 * Retires a template: no programme can choose it and no credential prints with it from now on; its versions stay
 * as they were. A programme still printing with one of its versions is named, to be moved to another look first.
 * Retiring a retired template changes nothing.
 */
export const retireCertificateTemplate = ({ actor, id }: RetireCertificateTemplateOptions): Promise<TTemplateView> =>
  prisma.$transaction(async (tx) => {
    // Locked, so a programme cannot choose one of its versions while it is being retired.
    await tx.$queryRaw`SELECT 1 FROM "CertificateTemplate" WHERE "id" = ${id} FOR UPDATE`;
    const template = await findCertificateTemplate(tx, actor, id, "change");
    const users = template.versions.flatMap(({ programmes }) => programmes.map(({ name }) => name));
    if (users.length > 0) {
      throw new AppError("CONFLICT", `${users.join(", ")} still prints with this template: choose another look first`, [
        { path: "programmes", message: users.join(", ") },
      ]);
    }
    if (!template.active) return templateView(template);
    const retired = await tx.certificateTemplate.update({
      where: { id: template.id },
      data: { active: false },
      include: templateInclude,
    });
    await recordAudit(tx, actor, {
      action: "certificate-template.retired",
      entityType: "CertificateTemplate",
      entityId: template.id,
      before: { active: true },
      after: { active: false },
    });
    return templateView(retired);
  });
