"use client";

import type { TProgrammeView } from "@vax/core";
import { useTranslations } from "next-intl";
import { ActiveBadge } from "@/components/active-badge";
import { ResourceList } from "@/components/resource-list";

/** The tenant's programmes. */
export const ProgrammeList = () => {
  const t = useTranslations("ProgrammeList");
  return (
    <ResourceList<TProgrammeView>
      resource="programmes"
      searchLabel={t("search")}
      defaultSort="name"
      rowHref={(programme) => `/programmes/${programme.id}`}
      columns={[
        { key: "name", label: t("name"), sortable: true, render: (p) => p.name },
        { key: "disease", label: t("disease"), sortable: true, render: (p) => p.disease },
        { key: "vaccines", label: t("vaccines"), render: (p) => p.vaccineCount ?? 0 },
        { key: "startDate", label: t("starts"), sortable: true, render: (p) => p.startDate ?? "—" },
        { key: "active", label: t("status"), render: (p) => <ActiveBadge active={p.active} /> },
      ]}
    />
  );
};
