import type { TCorrectionRequestView } from "@vax/core";

const looks: Record<TCorrectionRequestView["status"], { label: string; className: string }> = {
  OPEN: { label: "Open", className: "bg-amber-100 text-amber-900" },
  APPROVED: { label: "Approved", className: "bg-green-100 text-green-800" },
  REJECTED: { label: "Rejected", className: "bg-red-100 text-red-800" },
};

/** A correction request's state at a glance. */
export const RequestStatusBadge = ({ status }: { status: TCorrectionRequestView["status"] }) => (
  <span className={`rounded-full px-2 py-0.5 text-xs font-medium ${looks[status].className}`}>
    {looks[status].label}
  </span>
);
