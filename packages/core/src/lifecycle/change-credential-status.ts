import { prisma } from "@vax/db";
import { changeSchemaCredentialStatus } from "../credential-schema/change-schema-credential-status";
import { AppError } from "../errors";
import { type TActor, tenantOf } from "../shared/actor";
import type { TCertificateStatusView } from "./certificate-status-view";
import { storedCertificateId } from "./certificate-target";
import { reinstateCertificate } from "./reinstate-certificate";
import { revokeCertificate } from "./revoke-certificate";
import { suspendCertificate } from "./suspend-certificate";

/** Options for {@link changeCredentialStatus}: what to do to the credential the id prints, and why. */
export type ChangeCredentialStatusOptions = {
  actor: TActor;
  certificateId: string;
  kind: "revoke" | "suspend" | "reinstate";
  reason: string;
  until?: Date;
  now?: Date;
};

const isSchemaCredential = async (actor: TActor, certificateId: string) =>
  actor.tenantId !== null &&
  (await prisma.schemaCredential.count({
    where: { tenantId: tenantOf(actor), certificateId: storedCertificateId(certificateId) },
  })) > 0;

/**
 * Revokes, suspends or reinstates what a printed id names, whichever it is: a certificate through the lifecycle's use
 * cases, or a credential issued under a schema (a test report) through its own, since ids come from one space. A
 * schema credential is suspended until reinstated: a suspension with an end is VALIDATION_FAILED for one.
 */
export const changeCredentialStatus = async (
  options: ChangeCredentialStatusOptions,
): Promise<TCertificateStatusView> => {
  const { actor, certificateId, kind, reason, until, now } = options;
  if (await isSchemaCredential(actor, certificateId)) {
    if (until) {
      throw new AppError("VALIDATION_FAILED", "A credential issued under a schema is suspended until reinstated", [
        { path: "until", message: "Leave the end empty" },
      ]);
    }
    return changeSchemaCredentialStatus({ actor, certificateId, kind, reason, ...(now ? { now } : {}) });
  }
  const change = { actor, certificateId, reason, ...(now ? { now } : {}) };
  if (kind === "revoke") return revokeCertificate(change);
  if (kind === "reinstate") return reinstateCertificate(change);
  return suspendCertificate({ ...change, ...(until ? { until } : {}) });
};
