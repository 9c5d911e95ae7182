"use client";

import type { TPreEnrolmentView } from "@vax/core";
import { maskMobile } from "@vax/core/schemas";
import { useTranslations } from "next-intl";
import { ResourceList } from "@/components/resource-list";

/** The tenant's pre-enrolments, newest first. */
export const PreEnrolmentList = () => {
  const t = useTranslations("PreEnrolmentList");
  const statusLabels: Record<TPreEnrolmentView["status"], string> = {
    OPEN: t("open"),
    USED: t("vaccinated"),
    CANCELLED: t("cancelled"),
  };
  return (
    <ResourceList<TPreEnrolmentView>
      resource="pre-enrolments"
      searchLabel={t("search")}
      defaultSort="createdAt"
      showStatusFilter={false}
      columns={[
        { key: "code", label: t("code"), sortable: true, render: (p) => <span className="font-mono">{p.code}</span> },
        { key: "recipient", label: t("recipient"), render: (p) => p.recipient.name },
        { key: "mobile", label: t("mobile"), render: (p) => maskMobile(p.recipient.mobile) },
        { key: "programme", label: t("programme"), render: (p) => p.programme.name },
        { key: "facility", label: t("facility"), render: (p) => p.facility?.name ?? t("any") },
        { key: "appointmentDate", label: t("appointment"), sortable: true, render: (p) => p.appointmentDate ?? "—" },
        { key: "status", label: t("status"), sortable: true, render: (p) => statusLabels[p.status] },
      ]}
    />
  );
};
