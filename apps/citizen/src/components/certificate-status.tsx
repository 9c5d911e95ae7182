import type { CertificateStatus } from "@vax/db";

const looks: Record<CertificateStatus, { label: string; className: string }> = {
  ACTIVE: { label: "Valid", className: "bg-green-100 text-green-800 ring-green-600/20" },
  SUSPENDED: { label: "Suspended", className: "bg-amber-100 text-amber-900 ring-amber-600/20" },
  REVOKED: { label: "Revoked", className: "bg-red-100 text-red-800 ring-red-600/20" },
  SUPERSEDED: {
    label: "Replaced by a corrected certificate",
    className: "bg-slate-100 text-slate-700 ring-slate-500/20",
  },
};

/** A certificate's status at a glance. */
export const CertificateStatusBadge = ({ status }: { status: CertificateStatus }) => (
  <span
    className={`inline-flex items-center rounded-full px-2.5 py-0.5 text-xs font-medium ring-1 ring-inset ${looks[status].className}`}
  >
    {looks[status].label}
  </span>
);
