import type { CertificateStatus } from "@vax/db";
import { useTranslations } from "next-intl";

const looks: Record<CertificateStatus, string> = {
  ACTIVE: "bg-green-100 text-green-800 ring-green-600/20",
  SUSPENDED: "bg-amber-100 text-amber-900 ring-amber-600/20",
  REVOKED: "bg-red-100 text-red-800 ring-red-600/20",
  SUPERSEDED: "bg-slate-100 text-slate-700 ring-slate-500/20",
};

/** A certificate's status at a glance. */
export const CertificateStatusBadge = ({ status }: { status: CertificateStatus }) => {
  const t = useTranslations("Status");
  const label =
    status === "ACTIVE"
      ? t("active")
      : status === "SUSPENDED"
        ? t("suspended")
        : status === "REVOKED"
          ? t("revoked")
          : t("superseded");
  return (
    <span
      className={`inline-flex items-center rounded-full px-2.5 py-0.5 text-xs font-medium ring-1 ring-inset ${looks[status]}`}
    >
      {label}
    </span>
  );
};
