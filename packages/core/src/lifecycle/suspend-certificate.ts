import { AppError } from "../errors";
import type { TActor } from "../shared/actor";
import type { TCertificateStatusView } from "./certificate-status-view";
import { commitStatusChange } from "./status-change-queue";

/** Options for {@link suspendCertificate}; without `until` the suspension lasts until reinstated. */
export type SuspendCertificateOptions = {
  actor: TActor;
  certificateId: string;
  reason: string;
  until?: Date;
  now?: Date;
};

/**
 * Suspends an active certificate: its suspension bit is set with its status and the audit event.
 * A suspension with `until` is lifted by {@link liftExpiredSuspensions} once that time passes.
 * VALIDATION_FAILED for an end that is not in the future; CONFLICT for a certificate that is not active.
 */
export const suspendCertificate = async ({
  actor,
  certificateId,
  reason,
  until,
  now = new Date(),
}: SuspendCertificateOptions): Promise<TCertificateStatusView> => {
  if (until && until <= now) {
    throw new AppError("VALIDATION_FAILED", "A suspension must end in the future", [
      { path: "until", message: `until must be after ${now.toISOString()}` },
    ]);
  }
  return commitStatusChange({
    actor,
    certificateId,
    kind: "suspend",
    reason,
    until: until ?? null,
    now,
  });
};
