import { prisma } from "@vax/db";
import { builtInSchemaOf } from "../credential-schema/built-in-schemas";
import { AppError } from "../errors";
import { findProgramme } from "../programme/get-programme";
import type { TProgrammeTemplateChoice } from "../schemas/certificate-template";
import { type TActor, tenantOf } from "../shared/actor";
import { recordAudit } from "../shared/audit";

/** Options for {@link chooseProgrammeTemplate}. */
export type ChooseProgrammeTemplateOptions = { actor: TActor; programmeId: string; choice: TProgrammeTemplateChoice };

/** What a programme prints with after a choice: a template version, or null for the built-in look. */
export type TProgrammeTemplate = {
  programmeId: string;
  template: { id: string; name: string; version: number; templateVersionId: string } | null;
};

/**
 * Chooses the template version a programme's certificates print with (null: the built-in look).
 * Only the look changes: the signed credentials stay as issued, and every PDF downloaded or printed
 * from now on uses this version, the earlier ones included.
 */
export const chooseProgrammeTemplate = ({
  actor,
  programmeId,
  choice,
}: ChooseProgrammeTemplateOptions): Promise<TProgrammeTemplate> =>
  prisma.$transaction(async (tx) => {
    const programme = await findProgramme(tx, actor, programmeId, "change");
    const chosen = choice.templateVersionId
      ? await tx.certificateTemplateVersion.findFirst({
          where: { id: choice.templateVersionId, template: { tenantId: tenantOf(actor), active: true } },
          include: { template: { select: { id: true, name: true, schemaId: true } } },
        })
      : null;
    if (choice.templateVersionId && !chosen) {
      throw new AppError("NOT_FOUND", "No template version with this id", [
        { path: "templateVersionId", message: "Choose a version of one of your templates that is not retired" },
      ]);
    }
    if (chosen?.template.schemaId && builtInSchemaOf(chosen.template.schemaId)?.name !== "vaccination") {
      throw new AppError("VALIDATION_FAILED", `${chosen.template.name} prints another kind of credential`, [
        { path: "templateVersionId", message: "Choose a template for vaccination certificates" },
      ]);
    }
    await tx.programme.update({ where: { id: programme.id }, data: { templateVersionId: chosen?.id ?? null } });
    const template = chosen
      ? { id: chosen.template.id, name: chosen.template.name, version: chosen.version, templateVersionId: chosen.id }
      : null;
    await recordAudit(tx, actor, {
      action: "programme.template-chosen",
      entityType: "Programme",
      entityId: programme.id,
      before: { templateVersionId: programme.templateVersionId },
      after: { template },
    });
    return { programmeId: programme.id, template };
  });
