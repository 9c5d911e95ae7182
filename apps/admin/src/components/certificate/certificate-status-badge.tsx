import type { TCertificateDetails } from "@vax/core";
import { certificateLabels } from "./certificate-labels";

const tones: Record<TCertificateDetails["status"], string> = {
  ACTIVE: "bg-green-100 text-green-800",
  REVOKED: "bg-red-100 text-red-800",
  SUSPENDED: "bg-amber-100 text-amber-900",
  SUPERSEDED: "bg-slate-200 text-slate-700",
};

/** A certificate's status at a glance. */
export const CertificateStatusBadge = async ({ status }: { status: TCertificateDetails["status"] }) => {
  const labels = await certificateLabels();
  return (
    <span className={`rounded-full px-2 py-0.5 text-xs font-medium ${tones[status]}`}>{labels.status[status]}</span>
  );
};
