import { prisma } from "@vax/db";
import { AppError } from "../errors";
import type { TTemplateVersionView } from "../schemas/certificate-template";
import type { TActor } from "../shared/actor";
import { recordAudit } from "../shared/audit";
import { templateVersionView } from "./certificate-template-view";
import { findCertificateTemplate } from "./get-certificate-template";
import { storedTemplateSettings } from "./template-settings-input";

/** Options for {@link saveCertificateTemplateVersion}. */
export type SaveCertificateTemplateVersionOptions = { actor: TActor; id: string; settings: unknown };

/**
 * Saves edited settings as the template's next version; earlier versions stay exactly as they were,
 * and programmes keep the version they chose until an admin chooses another. A retired template takes none.
 */
export const saveCertificateTemplateVersion = async ({
  actor,
  id,
  settings,
}: SaveCertificateTemplateVersionOptions): Promise<TTemplateVersionView> => {
  const stored = storedTemplateSettings(settings);
  return prisma.$transaction(async (tx) => {
    await findCertificateTemplate(tx, actor, id, "change");
    // Touching the template locks its row, so two saves at once number their versions one after the other.
    const locked = await tx.certificateTemplate.update({ where: { id }, data: { updatedAt: new Date() } });
    if (!locked.active) throw new AppError("UNPROCESSABLE", "This template is retired, so it takes no new version");
    const { _max } = await tx.certificateTemplateVersion.aggregate({
      where: { templateId: id },
      _max: { version: true },
    });
    const version = await tx.certificateTemplateVersion.create({
      data: { templateId: id, version: (_max.version ?? 0) + 1, settings: stored, createdBy: actor.label },
    });
    await recordAudit(tx, actor, {
      action: "certificate-template.version-saved",
      entityType: "CertificateTemplate",
      entityId: id,
      after: { version: version.version },
    });
    return templateVersionView(version);
  });
};
