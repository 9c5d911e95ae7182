"use client";

import type { TTenantView } from "@vax/core";
import { useTranslations } from "next-intl";
import { ActiveBadge } from "@/components/active-badge";
import { ResourceList } from "@/components/resource-list";

/** The platform's tenants, for the platform admin. */
export const TenantList = () => {
  const t = useTranslations("TenantList");
  return (
    <ResourceList<TTenantView>
      resource="tenants"
      searchLabel={t("search")}
      defaultSort="name"
      rowHref={(tenant) => `/tenants/${tenant.id}`}
      columns={[
        { key: "name", label: t("name"), sortable: true, render: (tenant) => tenant.name },
        { key: "slug", label: t("slug"), sortable: true, render: (tenant) => <code>{tenant.slug}</code> },
        { key: "country", label: t("country"), sortable: true, render: (tenant) => tenant.country },
        { key: "defaultLanguage", label: t("language"), render: (tenant) => tenant.defaultLanguage },
        { key: "timeZone", label: t("timeZone"), render: (tenant) => tenant.timeZone },
        { key: "active", label: t("status"), render: (tenant) => <ActiveBadge active={tenant.active} /> },
      ]}
    />
  );
};
