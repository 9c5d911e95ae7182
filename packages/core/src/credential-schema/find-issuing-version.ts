import { prisma } from "@vax/db";
import { AppError } from "../errors";
import type { TSchemaReference } from "../schemas/credential-schema";
import { BUILT_IN_SCHEMAS, ensureBuiltInSchemas } from "./built-in-schemas";

const versionInclude = { schema: { include: { tenant: { select: { slug: true } } } } } as const;

const notFound = (what: string) =>
  new AppError("NOT_FOUND", `No schema ${what} in your tenant`, [{ path: "schema", message: "No such schema" }]);

// The version a reference names among the tenant's schemas and the built-in ones, retired or not.
const findVersion = async (tenantId: string, reference: TSchemaReference) => {
  const visible = { OR: [{ tenantId }, { tenantId: null }] };
  if ("versionId" in reference) {
    const version = await prisma.credentialSchemaVersion.findFirst({
      where: { id: reference.versionId, schema: visible },
      include: versionInclude,
    });
    if (!version) throw notFound(`version ${reference.versionId}`);
    return version;
  }
  const named = "name" in reference ? { name: reference.name } : {};
  const typed = "credentialType" in reference ? { credentialType: reference.credentialType } : {};
  const number = "name" in reference && reference.version ? { version: reference.version } : {};
  // The tenant's own schema before a built-in one, and, without a number, its newest version that still issues.
  const candidates = await prisma.credentialSchemaVersion.findMany({
    where: { ...typed, ...number, schema: { ...named, ...visible } },
    include: versionInclude,
    orderBy: [{ version: "desc" }],
  });
  const own = candidates.filter((version) => version.schema.tenantId !== null);
  const pool = own.length ? own : candidates;
  const chosen =
    "name" in reference && reference.version ? pool[0] : (pool.find((version) => !version.retiredAt) ?? pool[0]);
  if (!chosen) {
    throw notFound("name" in reference ? reference.name : (reference as { credentialType: string }).credentialType);
  }
  return chosen;
};

/** A schema version that issues, with its schema and the schema's tenant. */
export type TIssuingVersion = Awaited<ReturnType<typeof findVersion>>;

/**
 * The schema version a new credential is issued under: one the tenant may use (its own or a built-in one), neither
 * it nor its schema retired, and not the vaccination schema, whose certificates are issued from recorded doses.
 */
export const findIssuingVersion = async (tenantId: string, reference: TSchemaReference): Promise<TIssuingVersion> => {
  await ensureBuiltInSchemas();
  const version = await findVersion(tenantId, reference);
  const vaccination = BUILT_IN_SCHEMAS.find((schema) => schema.name === "vaccination");
  if (version.schemaId === vaccination?.id) {
    throw new AppError("UNPROCESSABLE", "Vaccination certificates are issued from recorded doses (the certify API)", [
      { path: "schema", message: "Use POST /api/v1/certify" },
    ]);
  }
  if (version.schema.retiredAt || version.retiredAt) {
    const what = version.schema.retiredAt ? version.schema.title : `${version.schema.title} version ${version.version}`;
    throw new AppError("UNPROCESSABLE", `${what} is retired: nothing new is issued under it`, [
      { path: "schema", message: "Retired" },
    ]);
  }
  return version;
};
