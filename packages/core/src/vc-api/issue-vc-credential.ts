import { prisma } from "@vax/db";
import { findIssuingVersion, type TIssuingVersion } from "../credential-schema/find-issuing-version";
import { issueSchemaCredential } from "../credential-schema/issue-schema-credential";
import { schemaContextUrl } from "../credential-schema/schema-context-url";
import { AppError } from "../errors";
import { publicBaseUrl, tenantDid } from "../issuer/issuer-urls";
import type { TSchemaReference } from "../schemas/credential-schema";
import type { TVcIssueRequest } from "../schemas/vc-api";
import { type TActor, tenantOf } from "../shared/actor";

/** Options for {@link issueVcCredential}: the caller and the VC API request. */
export type IssueVcCredentialOptions = TVcIssueRequest & { actor: TActor; now?: Date };

const refused = (path: string, message: string, summary = message) =>
  new AppError("VALIDATION_FAILED", summary, [{ path, message }]);

// A tenant schema's context URL names its schema and version: `<public URL>/credentials/schemas/{tenant}/{name}/v{n}`.
const namedVersion = (contexts: string[]): TSchemaReference | undefined => {
  const prefix = `${publicBaseUrl()}/credentials/schemas/`;
  for (const url of contexts) {
    const match = url.startsWith(prefix) ? /^[^/]+\/([^/]+)\/v(\d+)$/.exec(url.slice(prefix.length)) : null;
    if (match) return { name: match[1] as string, version: Number(match[2]) };
  }
  return undefined;
};

// The schema version the credential's type (and, for an older version, its context) names; an unknown one is the caller's mistake.
const versionOf = async (tenantId: string, credential: TVcIssueRequest["credential"]): Promise<TIssuingVersion> => {
  const types = credential.type.filter((type) => type !== "VerifiableCredential");
  if (types.length !== 1) {
    throw refused("credential.type", "VerifiableCredential and one credential schema's type", "One credential type");
  }
  const credentialType = types[0] as string;
  try {
    return await findIssuingVersion(tenantId, namedVersion(credential["@context"]) ?? { credentialType });
  } catch (error) {
    if (error instanceof AppError && error.code === "NOT_FOUND") {
      throw refused("credential.type", `No credential schema of type ${credentialType} in your tenant`, error.message);
    }
    throw error;
  }
};

// The credential must read as the one we issue: our issuer, the version's type and context, nothing we would drop.
const assertMatches = async (tenantId: string, credential: TVcIssueRequest["credential"], version: TIssuingVersion) => {
  if (credential.issuer !== undefined) {
    const tenant = await prisma.tenant.findUniqueOrThrow({ where: { id: tenantId }, select: { slug: true } });
    const did = tenantDid(tenant.slug);
    const named = typeof credential.issuer === "string" ? credential.issuer : credential.issuer.id;
    if (named !== did) throw refused("credential.issuer", `Leave it out, or name this tenant's issuer ${did}`);
  }
  if (!credential.type.includes(version.credentialType)) {
    throw refused("credential.type", `The schema version named issues ${version.credentialType}`);
  }
  const contextUrl = schemaContextUrl({
    schemaId: version.schemaId,
    tenantSlug: version.schema.tenant?.slug ?? null,
    name: version.schema.name,
    version: version.version,
  });
  const extra = credential["@context"].slice(1).filter((url) => url !== contextUrl);
  if (extra.length) {
    throw refused("credential.@context", `Only the VC 2.0 context and the schema's own, ${contextUrl}, are issued`);
  }
};

// The signer refuses (JSON-LD safe mode) a subject value the schema's context gives no meaning, such as a `type`
// it does not define: that is the caller's data, so a 400 naming it rather than a 500.
const inexpressible = (error: unknown): AppError | undefined => {
  if (!(error instanceof Error) || error.name !== "jsonld.ValidationError") return undefined;
  const event = (error as { details?: { event?: { code?: string; details?: unknown } } }).details?.event;
  const what = `${event?.code ?? "undefined term"} ${JSON.stringify(event?.details ?? {})}`.slice(0, 300);
  return refused(
    "credential.credentialSubject",
    `A value the schema's JSON-LD context gives no meaning: ${what}`,
    "The credential subject cannot be signed as JSON-LD",
  );
};

/**
 * Issues a credential for `POST /credentials/issue` of the VC API: `credential.type` (and, for an
 * older version of a tenant's schema, its `@context`) names the tenant's credential schema version,
 * `credentialSubject` is checked against it and the credential signed, status-listed and stored by
 * {@link issueSchemaCredential}. The caller's `options.credentialId` (or `credential.id`) makes a
 * repeat answer with the credential issued the first time; the issued credential's `id` is ours.
 * VALIDATION_FAILED for an unknown type, another issuer, a context we would not issue, or the subject's fields.
 */
export const issueVcCredential = async ({ actor, credential, options = {}, now }: IssueVcCredentialOptions) => {
  const tenantId = tenantOf(actor);
  const version = await versionOf(tenantId, credential);
  await assertMatches(tenantId, credential, version);
  const issued = await issueSchemaCredential({
    actor,
    schema: { versionId: version.id },
    credentialSubject: credential.credentialSubject,
    ...(credential.validFrom ? { validFrom: new Date(credential.validFrom) } : {}),
    ...(credential.validUntil ? { validUntil: new Date(credential.validUntil) } : {}),
    idempotencyKey: options.credentialId ?? credential.id ?? null,
    ...(now ? { now } : {}),
  }).catch((error: unknown) => {
    throw inexpressible(error) ?? error;
  });
  return { verifiableCredential: issued.credential };
};
