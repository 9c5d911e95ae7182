import { statusEntry } from "@vax/credentials/status";
import { prisma } from "@vax/db";
import { changeSchemaCredentialStatus } from "../credential-schema/change-schema-credential-status";
import { AppError } from "../errors";
import { statusListUrl } from "../issuer/issuer-urls";
import { notTheirs, storedCertificateId, targetWhere } from "../lifecycle/certificate-target";
import { reinstateCertificate } from "../lifecycle/reinstate-certificate";
import { revokeCertificate } from "../lifecycle/revoke-certificate";
import { suspendCertificate } from "../lifecycle/suspend-certificate";
import type { TVcStatusRequest } from "../schemas/vc-api";
import { type TActor, tenantOf } from "../shared/actor";

/** The prefix of our credentials' `id`; what follows it is the printed certificate id. */
export const CREDENTIAL_ID_PREFIX = "urn:vax:certificate:";

// The VC API carries no reason; the audit log and the status list's reasons say where the change came from.
const REASON = "Changed through the VC API (POST /credentials/status)";

/** Options for {@link updateCredentialStatus}: the caller and the VC API request. */
export type UpdateCredentialStatusOptions = TVcStatusRequest & { actor: TActor; now?: Date };

/** The printed certificate id a VC API `credentialId` names: the credential's `id`, or the printed id itself. */
export const certificateIdOf = (credentialId: string): string =>
  credentialId.startsWith(CREDENTIAL_ID_PREFIX) ? credentialId.slice(CREDENTIAL_ID_PREFIX.length) : credentialId;

type TSlot = { statusListNumber: number | null; statusListIndex: number | null; tenant: { slug: string } };
const slotSelect = { statusListNumber: true, statusListIndex: true, tenant: { select: { slug: true } } } as const;

// What the id names: a certificate of the lifecycle, or a credential issued under a schema (its own status rows).
const findCredential = async (actor: TActor, certificateId: string) => {
  const certificate = await prisma.certificate.findFirst({
    where: targetWhere(actor, certificateId),
    select: slotSelect,
  });
  if (certificate) return { kind: "certificate" as const, slot: certificate as TSlot };
  const issued = await prisma.schemaCredential.findFirst({
    where: { tenantId: tenantOf(actor), certificateId: storedCertificateId(certificateId) },
    select: slotSelect,
  });
  if (issued) return { kind: "schema" as const, slot: issued as TSlot };
  throw notTheirs(certificateId);
};

// When the caller names the entry's list, index or id, they must be the credential's own entry for that purpose.
const assertNamedEntry = (slot: TSlot, named: TVcStatusRequest["credentialStatus"]) => {
  if (slot.statusListNumber === null || slot.statusListIndex === null) return;
  const purpose = named.statusPurpose === "revocation" ? "REVOCATION" : "SUSPENSION";
  const own = statusEntry({
    listCredentialUrl: statusListUrl(slot.tenant.slug, purpose, slot.statusListNumber),
    index: slot.statusListIndex,
    purpose: named.statusPurpose,
  });
  const wrong = (["id", "statusListIndex", "statusListCredential"] as const).filter(
    (field) => named[field] !== undefined && named[field] !== own[field],
  );
  if (wrong.length) {
    throw new AppError(
      "VALIDATION_FAILED",
      `The status entry named is not the credential's ${named.statusPurpose} entry`,
      wrong.map((field) => {
        const value = own[field];
        return { path: `credentialStatus.${field}`, message: `The credential's ${field} is ${value}` };
      }),
    );
  }
};

/**
 * Sets or clears a credential's revocation or suspension entry for `POST /credentials/status`,
 * through the lifecycle's own use cases (revoke, suspend, reinstate) for a certificate, or the
 * schema credentials' own for a credential issued under a schema, so the status list, the audit
 * log and the other revocation lists change exactly as they do there. Clearing a revocation
 * is VALIDATION_FAILED (it is for good); NOT_FOUND and CONFLICT as the lifecycle says.
 */
export const updateCredentialStatus = async ({
  actor,
  credentialId,
  credentialStatus,
  status,
  now,
}: UpdateCredentialStatusOptions) => {
  const certificateId = certificateIdOf(credentialId);
  if (credentialStatus.statusPurpose === "revocation" && !status) {
    throw new AppError("VALIDATION_FAILED", "A revocation is for good and cannot be cleared", [
      { path: "status", message: "Only true is accepted for the revocation entry" },
    ]);
  }
  const found = await findCredential(actor, certificateId);
  assertNamedEntry(found.slot, credentialStatus);
  const change = { actor, certificateId, reason: REASON, ...(now ? { now } : {}) };
  const kind = credentialStatus.statusPurpose === "revocation" ? "revoke" : status ? "suspend" : "reinstate";
  const view =
    found.kind === "schema"
      ? await changeSchemaCredentialStatus({ ...change, kind })
      : kind === "revoke"
        ? await revokeCertificate(change)
        : kind === "suspend"
          ? await suspendCertificate(change)
          : await reinstateCertificate(change);
  return {
    credentialId: `${CREDENTIAL_ID_PREFIX}${view.certificateId}`,
    certificateId: view.certificateId,
    status: view.status,
  };
};
