"use client";

import type { TTemplateSummary } from "@vax/core";
import { StatusBadge } from "@vax/ui";
import { ResourceList } from "@/components/resource-list";
import { formatDateTime } from "@/lib/format-date-time";

/** The tenant's certificate templates, with their latest version and the programmes printing with them. */
export const TemplateList = () => (
  <ResourceList<TTemplateSummary>
    resource="templates"
    searchLabel="Search by name"
    defaultSort="name"
    rowHref={(template) => `/templates/${template.id}`}
    columns={[
      { key: "name", label: "Name", sortable: true, render: (t) => t.name },
      { key: "prints", label: "Prints", render: (t) => t.schema?.title ?? "Vaccination certificates" },
      { key: "latestVersion", label: "Latest version", render: (t) => t.latestVersion },
      {
        key: "programmes",
        label: "Used by",
        render: (t) =>
          t.programmes.length === 0
            ? "—"
            : t.programmes.map((programme) => `${programme.name} (v${programme.version})`).join(", "),
      },
      { key: "updatedAt", label: "Changed", sortable: true, render: (t) => formatDateTime(t.updatedAt) },
      { key: "active", label: "Status", render: (t) => <StatusBadge active={t.active} /> },
    ]}
  />
);
