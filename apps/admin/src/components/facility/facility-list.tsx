"use client";

import type { TFacilityView } from "@vax/core";
import type { TFacilityInput } from "@vax/core/schemas";
import { useTranslations } from "next-intl";
import { ActiveBadge } from "@/components/active-badge";
import { ResourceList } from "@/components/resource-list";

/** The tenant's facilities. */
export const FacilityList = () => {
  const t = useTranslations("FacilityList");
  const categoryLabels: Record<TFacilityInput["category"], string> = {
    GOVERNMENT: t("government"),
    PRIVATE: t("private"),
  };
  const categoryLabel = (category: string) => categoryLabels[category as TFacilityInput["category"]] ?? category;
  return (
    <ResourceList<TFacilityView>
      resource="facilities"
      searchLabel={t("search")}
      defaultSort="name"
      rowHref={(facility) => `/facilities/${facility.id}`}
      columns={[
        { key: "name", label: t("name"), sortable: true, render: (f) => f.name },
        { key: "code", label: t("code"), sortable: true, render: (f) => f.code },
        { key: "district", label: t("district"), sortable: true, render: (f) => f.district || "—" },
        { key: "state", label: t("state"), sortable: true, render: (f) => f.state || "—" },
        { key: "category", label: t("category"), sortable: true, render: (f) => categoryLabel(f.category) },
        { key: "programmes", label: t("programmes"), render: (f) => f.programmes.map((p) => p.name).join(", ") || "—" },
        { key: "active", label: t("status"), render: (f) => <ActiveBadge active={f.active} /> },
      ]}
    />
  );
};
