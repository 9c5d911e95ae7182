import type { DatabaseTransaction } from "@vax/db";
import { AppError } from "../errors";

/** The tenant's own schema to change, locked for the change; a built-in one is read-only, another tenant's unknown. */
export const ownSchemaForChange = async (tx: DatabaseTransaction, tenantId: string, schemaId: string) => {
  const schema = await tx.credentialSchema.findUnique({ where: { id: schemaId } });
  if (schema && schema.tenantId === null) {
    throw new AppError("FORBIDDEN", `${schema.title} is built into the platform and cannot be changed`);
  }
  if (!schema || schema.tenantId !== tenantId) throw new AppError("NOT_FOUND", "No such schema in your tenant");
  // Two versions published at once would both take the next number: the second waits here and takes the one after.
  await tx.$queryRaw`SELECT 1 FROM "CredentialSchema" WHERE "id" = ${schemaId} FOR UPDATE`;
  return schema;
};
