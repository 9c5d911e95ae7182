"use client";

import type { TApiClientView } from "@vax/core";
import { StatusBadge } from "@vax/ui";
import { ResourceList } from "@/components/resource-list";
import { formatDateTime } from "@/lib/format-date-time";

/** The tenant's API clients; rows link to the edit page when the admin may edit. */
export const ApiClientList = ({ canEdit }: { canEdit: boolean }) => (
  <ResourceList<TApiClientView>
    resource="api-clients"
    searchLabel="Search by name or prefix"
    defaultSort="name"
    rowHref={canEdit ? (client) => `/api-clients/${client.id}` : undefined}
    columns={[
      { key: "name", label: "Name", sortable: true, render: (c) => c.name },
      {
        key: "tokenPrefix",
        label: "Token prefix",
        sortable: true,
        render: (c) => <code className="text-xs">{`vax_${c.tokenPrefix}_…`}</code>,
      },
      {
        key: "scopes",
        label: "Scopes",
        render: (c) => <span className="font-mono text-xs">{c.scopes.join(", ")}</span>,
      },
      { key: "expiresAt", label: "Expires", render: (c) => formatDateTime(c.expiresAt, "Never") },
      { key: "lastUsedAt", label: "Last used", sortable: true, render: (c) => formatDateTime(c.lastUsedAt, "Never") },
      { key: "active", label: "Status", render: (c) => <StatusBadge active={c.active} /> },
    ]}
  />
);
