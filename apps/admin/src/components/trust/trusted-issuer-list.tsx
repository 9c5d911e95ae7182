"use client";

import type { TTrustedIssuerView } from "@vax/core";
import { StatusBadge } from "@vax/ui";
import { ResourceList } from "@/components/resource-list";
import { trustSourceLabels } from "./trust-source-labels";

/** The trusted issuers the admin manages. */
export const TrustedIssuerList = () => (
  <ResourceList<TTrustedIssuerView>
    resource="trusted-issuers"
    searchLabel="Search by name, country or an exact identifier"
    defaultSort="name"
    rowHref={(issuer) => `/trust/${issuer.id}`}
    columns={[
      { key: "name", label: "Name", sortable: true, render: (i) => i.name },
      { key: "country", label: "Country", sortable: true, render: (i) => i.country ?? "—" },
      { key: "ids", label: "Identifiers", render: (i) => <span className="break-all">{i.ids.join(", ")}</span> },
      { key: "keyCount", label: "Keys", render: (i) => i.keyCount },
      { key: "source", label: "Source", sortable: true, render: (i) => trustSourceLabels[i.source] },
      { key: "active", label: "Status", render: (i) => <StatusBadge active={i.active} /> },
    ]}
  />
);
