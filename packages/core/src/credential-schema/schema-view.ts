import type { Prisma } from "@vax/db";
import type { TCredentialSchemaView, TSchemaVersionView } from "../schemas/credential-schema";
import { schemaContextUrl } from "./schema-context-url";

/** What a query must include for {@link credentialSchemaView}. */
export const credentialSchemaInclude = {
  tenant: { select: { slug: true } },
  versions: { orderBy: { version: "asc" } },
} satisfies Prisma.CredentialSchemaInclude;

type TSchemaRow = Prisma.CredentialSchemaGetPayload<{ include: typeof credentialSchemaInclude }>;
type TVersionRow = TSchemaRow["versions"][number];

const versionView = (schema: TSchemaRow, version: TVersionRow): TSchemaVersionView => ({
  id: version.id,
  version: version.version,
  credentialType: version.credentialType,
  subjectSchema: version.subjectSchema as Record<string, unknown>,
  qrFields: version.qrFields,
  verifierFields: version.verifierFields,
  contextUrl: schemaContextUrl({
    schemaId: schema.id,
    tenantSlug: schema.tenant?.slug ?? null,
    name: schema.name,
    version: version.version,
  }),
  publishedAt: version.publishedAt.toISOString(),
  retiredAt: version.retiredAt?.toISOString() ?? null,
});

/** A stored schema as the admin API shows it: built-in or the tenant's, with every version and its context URL. */
export const credentialSchemaView = (schema: TSchemaRow): TCredentialSchemaView => ({
  id: schema.id,
  name: schema.name,
  title: schema.title,
  description: schema.description,
  builtIn: schema.tenantId === null,
  retiredAt: schema.retiredAt?.toISOString() ?? null,
  createdAt: schema.createdAt.toISOString(),
  versions: schema.versions.map((version) => versionView(schema, version)),
});
