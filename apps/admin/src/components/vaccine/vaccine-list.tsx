"use client";

import type { TVaccineView } from "@vax/core";
import { StatusBadge } from "@vax/ui";
import { ResourceList } from "@/components/resource-list";

/** The tenant's vaccines. */
export const VaccineList = () => (
  <ResourceList<TVaccineView>
    resource="vaccines"
    searchLabel="Search by name, manufacturer or code"
    defaultSort="name"
    rowHref={(vaccine) => `/vaccines/${vaccine.id}`}
    columns={[
      { key: "name", label: "Name", sortable: true, render: (v) => v.name },
      { key: "manufacturer", label: "Manufacturer", sortable: true, render: (v) => v.manufacturer },
      { key: "icd11Code", label: "ICD-11", render: (v) => v.icd11Code ?? "—" },
      { key: "dosesInSchedule", label: "Doses", sortable: true, render: (v) => v.dosesInSchedule },
      { key: "programmes", label: "Programmes", render: (v) => v.programmes.map((p) => p.name).join(", ") || "—" },
      { key: "active", label: "Status", render: (v) => <StatusBadge active={v.active} /> },
    ]}
  />
);
