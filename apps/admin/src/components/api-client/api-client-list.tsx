"use client";

import type { TApiClientView } from "@vax/core";
import { useTranslations } from "next-intl";
import { ActiveBadge } from "@/components/active-badge";
import { ResourceList } from "@/components/resource-list";
import { useDateFormatters } from "@/lib/format-date-time";

/** The tenant's API clients; rows link to the edit page when the admin may edit. */
export const ApiClientList = ({ canEdit }: { canEdit: boolean }) => {
  const t = useTranslations("ApiClientList");
  const { dateTime } = useDateFormatters();
  return (
    <ResourceList<TApiClientView>
      resource="api-clients"
      searchLabel={t("search")}
      defaultSort="name"
      rowHref={canEdit ? (client) => `/api-clients/${client.id}` : undefined}
      columns={[
        { key: "name", label: t("name"), sortable: true, render: (c) => c.name },
        {
          key: "tokenPrefix",
          label: t("tokenPrefix"),
          sortable: true,
          render: (c) => <code className="text-xs">{`vax_${c.tokenPrefix}_…`}</code>,
        },
        {
          key: "scopes",
          label: t("scopes"),
          render: (c) => <span className="font-mono text-xs">{c.scopes.join(", ")}</span>,
        },
        { key: "expiresAt", label: t("expires"), render: (c) => dateTime(c.expiresAt, t("never")) },
        {
          key: "lastUsedAt",
          label: t("lastUsed"),
          sortable: true,
          render: (c) => dateTime(c.lastUsedAt, t("never")),
        },
        { key: "active", label: t("status"), render: (c) => <ActiveBadge active={c.active} /> },
      ]}
    />
  );
};
