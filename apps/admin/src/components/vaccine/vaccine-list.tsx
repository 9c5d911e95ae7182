"use client";

import type { TVaccineView } from "@vax/core";
import { useTranslations } from "next-intl";
import { ActiveBadge } from "@/components/active-badge";
import { ResourceList } from "@/components/resource-list";

/** The tenant's vaccines. */
export const VaccineList = () => {
  const t = useTranslations("VaccineList");
  return (
    <ResourceList<TVaccineView>
      resource="vaccines"
      searchLabel={t("search")}
      defaultSort="name"
      rowHref={(vaccine) => `/vaccines/${vaccine.id}`}
      columns={[
        { key: "name", label: t("name"), sortable: true, render: (v) => v.name },
        { key: "manufacturer", label: t("manufacturer"), sortable: true, render: (v) => v.manufacturer },
        { key: "icd11Code", label: t("icd11"), render: (v) => v.icd11Code ?? "—" },
        { key: "dosesInSchedule", label: t("doses"), sortable: true, render: (v) => v.dosesInSchedule },
        { key: "programmes", label: t("programmes"), render: (v) => v.programmes.map((p) => p.name).join(", ") || "—" },
        { key: "active", label: t("status"), render: (v) => <ActiveBadge active={v.active} /> },
      ]}
    />
  );
};
