import { prisma } from "@vax/db";
import { AppError } from "../errors";
import type { TCredentialSchemaView } from "../schemas/credential-schema";
import { type TActor, tenantOf } from "../shared/actor";
import { recordAudit } from "../shared/audit";
import { ownSchemaForChange } from "./own-schema";
import { credentialSchemaInclude, credentialSchemaView } from "./schema-view";

/** Options for {@link retireCredentialSchema}. */
export type RetireCredentialSchemaOptions = { actor: TActor; schemaId: string; version?: number; now?: Date };

/**
 * Retires a tenant's schema, or one version of it: nothing new is issued under it, while what was issued still
 * verifies (its context stays served and published). Retiring what is retired already changes nothing.
 */
export const retireCredentialSchema = async ({
  actor,
  schemaId,
  version,
  now = new Date(),
}: RetireCredentialSchemaOptions): Promise<TCredentialSchemaView> => {
  const tenantId = tenantOf(actor);
  const schema = await prisma.$transaction(async (tx) => {
    await ownSchemaForChange(tx, tenantId, schemaId);
    if (version === undefined) {
      await tx.credentialSchema.updateMany({ where: { id: schemaId, retiredAt: null }, data: { retiredAt: now } });
    } else {
      const retired = await tx.credentialSchemaVersion.updateMany({
        where: { schemaId, version },
        data: { retiredAt: now },
      });
      if (retired.count === 0) {
        throw new AppError("NOT_FOUND", `This schema has no version ${version}`, [
          { path: "version", message: "No such version" },
        ]);
      }
    }
    await recordAudit(tx, actor, {
      action: "credential-schema.retired",
      entityType: "CredentialSchema",
      entityId: schemaId,
      after: { version: version ?? null },
    });
    return tx.credentialSchema.findUniqueOrThrow({ where: { id: schemaId }, include: credentialSchemaInclude });
  });
  return credentialSchemaView(schema);
};
