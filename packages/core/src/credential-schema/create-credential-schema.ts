import { prisma } from "@vax/db";
import { AppError } from "../errors";
import type { TCredentialSchemaInput, TCredentialSchemaView } from "../schemas/credential-schema";
import { type TActor, tenantOf } from "../shared/actor";
import { recordAudit } from "../shared/audit";
import { conflictOnDuplicate } from "../shared/unique-violation";
import { BUILT_IN_SCHEMAS } from "./built-in-schemas";
import { checkSchemaVersion } from "./check-schema-version";
import { credentialSchemaInclude, credentialSchemaView } from "./schema-view";

/** Options for {@link createCredentialSchema}. */
export type CreateCredentialSchemaOptions = { actor: TActor; input: TCredentialSchemaInput };

/**
 * Creates a tenant's credential schema and publishes its first version, which is immutable from then on. The JSON
 * Schema must be one that describes credential subjects (see `checkSubjectSchema`); the name must be free in the
 * tenant and not a built-in schema's.
 */
export const createCredentialSchema = async ({
  actor,
  input,
}: CreateCredentialSchemaOptions): Promise<TCredentialSchemaView> => {
  const tenantId = tenantOf(actor);
  const version = checkSchemaVersion(input);
  if (BUILT_IN_SCHEMAS.some((schema) => schema.name === input.name)) {
    throw new AppError("CONFLICT", `${input.name} is a built-in schema's name`, [
      { path: "name", message: "A built-in schema has this name" },
    ]);
  }
  const created = await prisma
    .$transaction(async (tx) => {
      const schema = await tx.credentialSchema.create({
        data: {
          tenantId,
          name: input.name,
          title: input.title,
          description: input.description,
          versions: { create: { version: 1, ...version } },
        },
        include: credentialSchemaInclude,
      });
      await recordAudit(tx, actor, {
        action: "credential-schema.created",
        entityType: "CredentialSchema",
        entityId: schema.id,
        after: { name: schema.name, version: 1, credentialType: version.credentialType },
      });
      return schema;
    })
    .catch(conflictOnDuplicate({ name: "Your tenant has a schema of this name already" }));
  return credentialSchemaView(created);
};
