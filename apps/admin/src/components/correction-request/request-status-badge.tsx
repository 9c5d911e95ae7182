import type { TCorrectionRequestView } from "@vax/core";
import { getTranslations } from "next-intl/server";

type TStatus = TCorrectionRequestView["status"];

const tones: Record<TStatus, string> = {
  OPEN: "bg-amber-100 text-amber-900",
  APPROVED: "bg-green-100 text-green-800",
  REJECTED: "bg-red-100 text-red-800",
};

/** A correction request's state at a glance. */
export const RequestStatusBadge = async ({ status }: { status: TStatus }) => {
  const t = await getTranslations("CorrectionRequestState");
  const labels: Record<TStatus, string> = { OPEN: t("open"), APPROVED: t("approved"), REJECTED: t("rejected") };
  return <span className={`rounded-full px-2 py-0.5 text-xs font-medium ${tones[status]}`}>{labels[status]}</span>;
};
