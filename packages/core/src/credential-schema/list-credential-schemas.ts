import { prisma } from "@vax/db";
import { AppError } from "../errors";
import type { TCredentialSchemaView } from "../schemas/credential-schema";
import { type TActor, tenantFilter } from "../shared/actor";
import { ensureBuiltInSchemas } from "./built-in-schemas";
import { credentialSchemaInclude, credentialSchemaView } from "./schema-view";

// The actor's tenant's schemas and the built-in ones; a platform admin, of no tenant, reads every tenant's.
const visibleTo = (actor: TActor) => {
  const own = tenantFilter(actor, "read");
  return own.tenantId ? { OR: [{ tenantId: null }, { tenantId: own.tenantId }] } : {};
};

/** Lists the schemas an actor may issue under: the built-in ones first, then the tenant's by name. */
export const listCredentialSchemas = async ({ actor }: { actor: TActor }): Promise<TCredentialSchemaView[]> => {
  await ensureBuiltInSchemas();
  const rows = await prisma.credentialSchema.findMany({
    where: visibleTo(actor),
    include: credentialSchemaInclude,
    orderBy: [{ createdAt: "asc" }],
  });
  const builtIn = rows.filter((row) => row.tenantId === null);
  const own = rows.filter((row) => row.tenantId !== null).sort((a, b) => a.name.localeCompare(b.name));
  return [...builtIn, ...own].map(credentialSchemaView);
};

/** One schema with its versions, if it is built in or the actor's tenant's. */
export const getCredentialSchema = async ({
  actor,
  schemaId,
}: {
  actor: TActor;
  schemaId: string;
}): Promise<TCredentialSchemaView> => {
  await ensureBuiltInSchemas();
  const row = await prisma.credentialSchema.findFirst({
    where: { id: schemaId, ...visibleTo(actor) },
    include: credentialSchemaInclude,
  });
  if (!row) throw new AppError("NOT_FOUND", "No such schema in your tenant");
  return credentialSchemaView(row);
};
