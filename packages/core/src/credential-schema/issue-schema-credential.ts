import { createHash } from "node:crypto";
import { encodeNativeQr } from "@vax/credentials/qr";
import { statusEntry } from "@vax/credentials/status";
import { buildSchemaCredential, type DocumentLoader, signW3cCredential } from "@vax/credentials/w3c";
import { Prisma, prisma } from "@vax/db";
import { newCertificateId } from "../certification/certificate-id";
import { allocateStatusSlots, type TStatusSlot } from "../certification/status-allocation";
import { AppError } from "../errors";
import { statusListUrl } from "../issuer/issuer-urls";
import { type TTenantIssuer, tenantIssuer } from "../issuer/tenant-issuer";
import type { TSchemaReference } from "../schemas/credential-schema";
import { type TActor, tenantOf } from "../shared/actor";
import { recordAudit } from "../shared/audit";
import { isUniqueViolation } from "../shared/unique-violation";
import { findIssuingVersion, type TIssuingVersion } from "./find-issuing-version";
import { qrSubject } from "./qr-subject";
import { schemaContextUrl, schemaVersionContext } from "./schema-context-url";
import { schemaCredentialView, type TSchemaCredentialView } from "./schema-credential-view";
import { subjectProblems } from "./subject-schema";

/** Options for {@link issueSchemaCredential}. */
export type IssueSchemaCredentialOptions = {
  /** An API client or a signed-in user of the tenant that issues. */
  actor: TActor;
  /** The schema version: by id, by schema name (and number; default the newest that issues), or by credential type. */
  schema: TSchemaReference;
  /** The credential subject's claims, checked against the version's JSON Schema. */
  credentialSubject: Record<string, unknown>;
  validFrom?: Date;
  validUntil?: Date;
  /** The recipient the credential is about, when the issuer knows them (a test report from the facility app). */
  recipientId?: string;
  /** The caller's Idempotency-Key: the same key and body answer with the credential issued the first time. */
  idempotencyKey?: string | null;
  now?: Date;
};

const schemaCredentialInclude = {
  schemaVersion: { select: { schemaId: true, version: true, credentialType: true } },
} satisfies Prisma.SchemaCredentialInclude;

const requestHashOf = (version: TIssuingVersion, options: IssueSchemaCredentialOptions) =>
  createHash("sha256")
    .update(
      JSON.stringify([
        version.id,
        options.credentialSubject,
        options.validFrom?.toISOString() ?? null,
        options.validUntil?.toISOString() ?? null,
        options.recipientId ?? null,
      ]),
    )
    .digest("hex");

// A key is the caller's own: an API client's keys never answer another client or a user.
const issueKeyOf = (actor: TActor, key: string | null | undefined) => (key ? `${actor.type}:${actor.id}:${key}` : null);

const repeated = async (tenantId: string, issueKey: string, requestHash: string) => {
  const row = await prisma.schemaCredential.findUnique({
    where: { tenantId_issueKey: { tenantId, issueKey } },
    include: schemaCredentialInclude,
  });
  if (!row) return undefined;
  if (row.requestHash !== requestHash) {
    throw new AppError(
      "CONFLICT",
      "This Idempotency-Key was used before with a different request; send that request again, or use a new key",
    );
  }
  return schemaCredentialView(row);
};

// The version's own context is handed to the signer beside the issuer's loader, so nothing is fetched.
const loaderWith = (issuer: TTenantIssuer, url: string, document: Record<string, unknown>): DocumentLoader => {
  const answer = { contextUrl: null, documentUrl: url, document };
  return async (requested) => (requested === url ? answer : issuer.documentLoader(requested));
};

const credentialStatusOf = (slug: string, slot: TStatusSlot) =>
  (["REVOCATION", "SUSPENSION"] as const).map((purpose) =>
    statusEntry({
      listCredentialUrl: statusListUrl(slug, purpose, slot.number),
      index: slot.index,
      purpose: purpose === "REVOCATION" ? "revocation" : "suspension",
    }),
  );

const recipientProblem = async (tenantId: string, recipientId: string | undefined) => {
  if (!recipientId) return;
  const found = await prisma.recipient.findFirst({ where: { id: recipientId, tenantId }, select: { id: true } });
  if (!found) {
    throw new AppError("NOT_FOUND", "This recipient does not exist in your tenant", [
      { path: "recipientId", message: "No such recipient" },
    ]);
  }
};

/**
 * Issues a W3C VC 2.0 credential under a credential schema version: the subject is checked against the version's
 * JSON Schema (VALIDATION_FAILED with one detail per field, `credentialSubject.<path>`, and nothing written), the
 * credential names the version's JSON-LD context and type, takes a slot in the tenant's revocation and suspension
 * lists, is signed with the tenant's Ed25519 key (eddsa-rdfc-2022) and stored with the version it was issued under.
 * When the version names QR fields, its QR carries a second credential signed over those fields only.
 * A retired schema or version, and the vaccination schema (issued from doses), are refused (UNPROCESSABLE).
 */
export const issueSchemaCredential = async (options: IssueSchemaCredentialOptions): Promise<TSchemaCredentialView> => {
  const { actor, now = new Date() } = options;
  const tenantId = tenantOf(actor);
  if (actor.type !== "API_CLIENT" && actor.type !== "USER") {
    throw new AppError("FORBIDDEN", "Only an API client or a user of the tenant may issue credentials");
  }
  const version = await findIssuingVersion(tenantId, options.schema);
  const problems = subjectProblems(version, options.credentialSubject);
  if (problems.length) {
    throw new AppError("VALIDATION_FAILED", `${problems.length} problem(s) in the credential subject`, problems);
  }
  if (options.validUntil && options.validUntil <= (options.validFrom ?? now)) {
    throw new AppError("VALIDATION_FAILED", "The credential would never be valid", [
      { path: "validUntil", message: "Must be after validFrom" },
    ]);
  }
  await recipientProblem(tenantId, options.recipientId);
  const issueKey = issueKeyOf(actor, options.idempotencyKey);
  const requestHash = requestHashOf(version, options);
  const earlier = issueKey ? await repeated(tenantId, issueKey, requestHash) : undefined;
  if (earlier) return earlier;

  const issuer = await tenantIssuer(tenantId);
  const [slot] = (await allocateStatusSlots(tenantId, 1)) as [TStatusSlot];
  const certificateId = newCertificateId();
  const source = {
    schemaId: version.schemaId,
    tenantSlug: version.schema.tenant?.slug ?? null,
    name: version.schema.name,
    version: version.version,
    credentialType: version.credentialType,
    subjectSchema: version.subjectSchema,
  };
  const contextUrl = schemaContextUrl(source);
  const unsigned = buildSchemaCredential({
    contextUrl,
    id: `urn:vax:certificate:${certificateId}`,
    credentialType: version.credentialType,
    issuer: issuer.did,
    validFrom: options.validFrom ?? now,
    ...(options.validUntil ? { validUntil: options.validUntil } : {}),
    credentialSubject: options.credentialSubject,
    credentialStatus: credentialStatusOf(issuer.slug, slot),
  });
  const sign = (credential: Record<string, unknown>) =>
    signW3cCredential({
      credential,
      signer: issuer.signer,
      documentLoader: loaderWith(issuer, contextUrl, schemaVersionContext(source)),
      created: now,
    });
  const signed = await sign(unsigned);
  // A version naming QR fields keeps the QR small and tells a gate only those: a second credential, same id and status.
  const inQr = version.qrFields.length
    ? await sign({ ...unsigned, credentialSubject: qrSubject(options.credentialSubject, version.qrFields) })
    : signed;
  try {
    const row = await prisma.$transaction(async (tx) => {
      const stored = await tx.schemaCredential.create({
        data: {
          tenantId,
          certificateId,
          schemaVersionId: version.id,
          recipientId: options.recipientId ?? null,
          claims: options.credentialSubject as Prisma.InputJsonObject,
          nativeQr: encodeNativeQr(inQr),
          payload: inQr === signed ? Prisma.DbNull : (signed as Prisma.InputJsonObject),
          statusListNumber: slot.number,
          statusListIndex: slot.index,
          signingKeyId: issuer.signingKeyId,
          apiClientId: actor.type === "API_CLIENT" ? actor.id : null,
          issueKey,
          requestHash,
          issuedAt: now,
        },
        include: schemaCredentialInclude,
      });
      await recordAudit(tx, actor, {
        action: "credential.issued",
        entityType: "SchemaCredential",
        entityId: stored.id,
        after: { certificateId, schemaVersionId: version.id, credentialType: version.credentialType },
      });
      return stored;
    });
    return schemaCredentialView(row);
  } catch (error) {
    // A concurrent request under the same key stored first: answer as a repeat does.
    if (issueKey && isUniqueViolation(error)) {
      const first = await repeated(tenantId, issueKey, requestHash);
      if (first) return first;
    }
    throw error;
  }
};
