import type { CertificateStatus } from "@vax/db";

/** A certificate's status after a change, as the lifecycle use cases and routes answer it. */
export type TCertificateStatusView = {
  certificateId: string;
  status: CertificateStatus;
  reason: string | null;
  /** When a suspension ends by itself (ISO 8601); null when not suspended or suspended until reinstated. */
  suspendedUntil: string | null;
  /** When the status last changed (ISO 8601). */
  changedAt: string;
};

/** Maps a certificate row to its status view. */
export const certificateStatusView = (row: {
  certificateId: string;
  status: CertificateStatus;
  statusReason: string | null;
  suspendedUntil: Date | null;
  updatedAt: Date;
}): TCertificateStatusView => ({
  certificateId: row.certificateId,
  status: row.status,
  reason: row.statusReason,
  suspendedUntil: row.suspendedUntil?.toISOString() ?? null,
  changedAt: row.updatedAt.toISOString(),
});
