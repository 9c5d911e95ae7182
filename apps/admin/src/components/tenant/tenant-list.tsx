"use client";

import type { TTenantView } from "@vax/core";
import { StatusBadge } from "@vax/ui";
import { ResourceList } from "@/components/resource-list";

/** The platform's tenants, for the platform admin. */
export const TenantList = () => (
  <ResourceList<TTenantView>
    resource="tenants"
    searchLabel="Search by name or slug"
    defaultSort="name"
    rowHref={(tenant) => `/tenants/${tenant.id}`}
    columns={[
      { key: "name", label: "Name", sortable: true, render: (t) => t.name },
      { key: "slug", label: "Slug", sortable: true, render: (t) => <code>{t.slug}</code> },
      { key: "country", label: "Country", sortable: true, render: (t) => t.country },
      { key: "defaultLanguage", label: "Language", render: (t) => t.defaultLanguage },
      { key: "timeZone", label: "Time zone", render: (t) => t.timeZone },
      { key: "active", label: "Status", render: (t) => <StatusBadge active={t.active} /> },
    ]}
  />
);
