import { prisma } from "@vax/db";
import { AppError } from "../errors";
import type { TCredentialSchemaView, TSchemaVersionInput } from "../schemas/credential-schema";
import { type TActor, tenantOf } from "../shared/actor";
import { recordAudit } from "../shared/audit";
import { checkSchemaVersion } from "./check-schema-version";
import { ownSchemaForChange } from "./own-schema";
import { credentialSchemaInclude, credentialSchemaView } from "./schema-view";

/** Options for {@link addSchemaVersion}. */
export type AddSchemaVersionOptions = { actor: TActor; schemaId: string; input: TSchemaVersionInput };

/**
 * Publishes the next version of a tenant's schema. Earlier versions stay as they were, and so does every
 * credential issued under them; a retired schema takes no new version.
 */
export const addSchemaVersion = async ({
  actor,
  schemaId,
  input,
}: AddSchemaVersionOptions): Promise<TCredentialSchemaView> => {
  const tenantId = tenantOf(actor);
  const version = checkSchemaVersion(input);
  const schema = await prisma.$transaction(async (tx) => {
    const owned = await ownSchemaForChange(tx, tenantId, schemaId);
    if (owned.retiredAt) throw new AppError("UNPROCESSABLE", `${owned.title} is retired and takes no new version`);
    const newest = await tx.credentialSchemaVersion.aggregate({ where: { schemaId }, _max: { version: true } });
    const number = (newest._max.version ?? 0) + 1;
    const created = await tx.credentialSchemaVersion.create({ data: { schemaId, version: number, ...version } });
    await recordAudit(tx, actor, {
      action: "credential-schema.version-published",
      entityType: "CredentialSchemaVersion",
      entityId: created.id,
      after: { schemaId, version: number, credentialType: version.credentialType },
    });
    return tx.credentialSchema.findUniqueOrThrow({ where: { id: schemaId }, include: credentialSchemaInclude });
  });
  return credentialSchemaView(schema);
};
