import type { TActor } from "../shared/actor";
import type { TCertificateStatusView } from "./certificate-status-view";
import { commitStatusChange } from "./status-change-queue";

/** Options for {@link reinstateCertificate}; `certificateId` is the printed id. */
export type ReinstateCertificateOptions = { actor: TActor; certificateId: string; reason: string; now?: Date };

/**
 * Ends a certificate's suspension before its time: it is active again and its suspension bit is
 * cleared. CONFLICT for a certificate that is not suspended (a revocation cannot be undone).
 */
export const reinstateCertificate = async ({
  actor,
  certificateId,
  reason,
  now = new Date(),
}: ReinstateCertificateOptions): Promise<TCertificateStatusView> =>
  commitStatusChange({
    actor,
    certificateId,
    kind: "reinstate",
    reason,
    now,
  });
