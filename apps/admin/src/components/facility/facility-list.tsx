"use client";

import type { TFacilityView } from "@vax/core";
import { facilityCategories } from "@vax/core/schemas";
import { StatusBadge } from "@vax/ui";
import { ResourceList } from "@/components/resource-list";

const categoryLabel = (category: string) =>
  facilityCategories.find((option) => option.value === category)?.label ?? category;

/** The tenant's facilities. */
export const FacilityList = () => (
  <ResourceList<TFacilityView>
    resource="facilities"
    searchLabel="Search by code, name or place"
    defaultSort="name"
    rowHref={(facility) => `/facilities/${facility.id}`}
    columns={[
      { key: "name", label: "Name", sortable: true, render: (f) => f.name },
      { key: "code", label: "Code", sortable: true, render: (f) => f.code },
      { key: "district", label: "District", sortable: true, render: (f) => f.district || "—" },
      { key: "state", label: "State", sortable: true, render: (f) => f.state || "—" },
      { key: "category", label: "Category", sortable: true, render: (f) => categoryLabel(f.category) },
      { key: "programmes", label: "Programmes", render: (f) => f.programmes.map((p) => p.name).join(", ") || "—" },
      { key: "active", label: "Status", render: (f) => <StatusBadge active={f.active} /> },
    ]}
  />
);
