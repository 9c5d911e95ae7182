import { prisma } from "@vax/db";
import type { z } from "zod";
import type { TTemplateView, ZTemplateCreateInput } from "../schemas/certificate-template";
import { type TActor, tenantOf } from "../shared/actor";
import { recordAudit } from "../shared/audit";
import { conflictOnDuplicate } from "../shared/unique-violation";
import { templateInclude, templateView } from "./certificate-template-view";
import { templateSchema } from "./template-schema";
import { storedTemplateSettings } from "./template-settings-input";

/** Options for {@link createCertificateTemplate}. */
export type CreateCertificateTemplateOptions = { actor: TActor; input: z.output<typeof ZTemplateCreateInput> };

/**
 * Creates a template in the actor's tenant for the schema given (vaccination certificates without one) with its
 * version 1, checked by the renderer's rules, and audits it.
 */
export const createCertificateTemplate = async ({
  actor,
  input,
}: CreateCertificateTemplateOptions): Promise<TTemplateView> => {
  const settings = storedTemplateSettings(input.settings);
  return prisma
    .$transaction(async (tx) => {
      const schema = await templateSchema(tenantOf(actor), input.schemaId, tx);
      const template = await tx.certificateTemplate.create({
        data: {
          tenantId: tenantOf(actor),
          name: input.name,
          schemaId: schema?.id ?? null,
          versions: { create: { version: 1, settings, createdBy: actor.label } },
        },
        include: templateInclude,
      });
      await recordAudit(tx, actor, {
        action: "certificate-template.created",
        entityType: "CertificateTemplate",
        entityId: template.id,
        after: { name: template.name, schemaId: template.schemaId, version: 1 },
      });
      return templateView(template);
    })
    .catch(conflictOnDuplicate({ name: "A template with this name already exists" }));
};
