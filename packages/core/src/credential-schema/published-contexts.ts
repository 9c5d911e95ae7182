import { type CredentialDisplay, credentialDisplay } from "@vax/credentials/verify";
import { testReportContext } from "@vax/credentials/w3c";
import { prisma } from "@vax/db";
import { AppError } from "../errors";
import { publicBaseUrl } from "../issuer/issuer-urls";
import { schemaContextUrl, schemaVersionContext } from "./schema-context-url";

/** Options for {@link publicSchemaContext}: the path segments of the context's URL. */
export type PublicSchemaContextOptions = { slug: string; name: string; version: string };

/**
 * The JSON-LD context of a tenant's schema version, as served at the URL its credentials name
 * (`/credentials/schemas/{slug}/{name}/v{n}`); retired versions are still served, since what they issued verifies.
 */
export const publicSchemaContext = async ({ slug, name, version }: PublicSchemaContextOptions) => {
  const number = /^v([1-9][0-9]{0,5})$/.exec(version)?.[1];
  const found = number
    ? await prisma.credentialSchemaVersion.findFirst({
        where: { version: Number(number), schema: { name, tenant: { slug } } },
        include: { schema: { select: { id: true, name: true } } },
      })
    : null;
  if (!found) throw new AppError("NOT_FOUND", `No schema ${name} ${version} of ${slug}`);
  return schemaVersionContext({
    schemaId: found.schema.id,
    tenantSlug: slug,
    name: found.schema.name,
    version: found.version,
    credentialType: found.credentialType,
    subjectSchema: found.subjectSchema,
  });
};

/** What a tenant's trust entry publishes of its schemas: each version's context by URL, and how each type is shown. */
export type TTenantSchemaPublication = {
  contexts: Record<string, Record<string, unknown>>;
  displays: Record<string, CredentialDisplay>;
};

/**
 * Every schema version context of the given tenants by URL, retired ones too, and how a verifier shows each
 * credential type (by its newest version), for their entries in the platform's trust list: a verifier offline reads
 * and labels their credentials with these and fetches nothing.
 */
export const tenantSchemaPublications = async (tenantIds: string[]): Promise<Map<string, TTenantSchemaPublication>> => {
  const versions = tenantIds.length
    ? await prisma.credentialSchemaVersion.findMany({
        where: { schema: { tenantId: { in: tenantIds } } },
        include: {
          schema: { select: { id: true, name: true, title: true, tenantId: true, tenant: { select: { slug: true } } } },
        },
        orderBy: [{ schemaId: "asc" }, { version: "asc" }],
      })
    : [];
  const byTenant = new Map<string, TTenantSchemaPublication>();
  for (const version of versions) {
    const source = {
      schemaId: version.schema.id,
      tenantSlug: version.schema.tenant?.slug ?? null,
      name: version.schema.name,
      version: version.version,
      credentialType: version.credentialType,
      subjectSchema: version.subjectSchema,
    };
    const tenantId = version.schema.tenantId as string;
    const published = byTenant.get(tenantId) ?? { contexts: {}, displays: {} };
    published.contexts[schemaContextUrl(source)] = schemaVersionContext(source);
    // Versions come oldest first, so a type is shown as its newest version says.
    published.displays[version.credentialType] = credentialDisplay(
      version.schema.title,
      version.subjectSchema,
      version.verifierFields,
    );
    byTenant.set(tenantId, published);
  }
  return byTenant;
};

/** The built-in test report JSON-LD context, with its terms under the public base URL credentials name. */
export const publicTestReportContext = (): Record<string, unknown> => testReportContext(publicBaseUrl());
