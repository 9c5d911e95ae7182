"use client";

import type { TProgrammeView } from "@vax/core";
import { StatusBadge } from "@vax/ui";
import { ResourceList } from "@/components/resource-list";

/** The tenant's programmes. */
export const ProgrammeList = () => (
  <ResourceList<TProgrammeView>
    resource="programmes"
    searchLabel="Search by name, disease or code"
    defaultSort="name"
    rowHref={(programme) => `/programmes/${programme.id}`}
    columns={[
      { key: "name", label: "Name", sortable: true, render: (p) => p.name },
      { key: "disease", label: "Disease", sortable: true, render: (p) => p.disease },
      { key: "vaccines", label: "Vaccines", render: (p) => p.vaccineCount ?? 0 },
      { key: "startDate", label: "Starts", sortable: true, render: (p) => p.startDate ?? "—" },
      { key: "active", label: "Status", render: (p) => <StatusBadge active={p.active} /> },
    ]}
  />
);
