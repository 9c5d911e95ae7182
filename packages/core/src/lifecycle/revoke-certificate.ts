import type { TActor } from "../shared/actor";
import type { TCertificateStatusView } from "./certificate-status-view";
import { commitStatusChange } from "./status-change-queue";

/** Options for {@link revokeCertificate}; `certificateId` is the printed id. */
export type RevokeCertificateOptions = { actor: TActor; certificateId: string; reason: string; now?: Date };

/**
 * Revokes an active or suspended certificate for good: its revocation bit is set (and a
 * suspension's bit cleared) in the same transaction as its status and the audit event, so every
 * verifier reading the published list sees it. CONFLICT when it is already revoked or superseded.
 */
export const revokeCertificate = async ({
  actor,
  certificateId,
  reason,
  now = new Date(),
}: RevokeCertificateOptions): Promise<TCertificateStatusView> =>
  commitStatusChange({ actor, certificateId, kind: "revoke", reason, now });
