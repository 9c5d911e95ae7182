"use client";

import type { TTrustedIssuerView } from "@vax/core";
import { useTranslations } from "next-intl";
import { ActiveBadge } from "@/components/active-badge";
import { ResourceList } from "@/components/resource-list";
import { useTrustSourceLabels } from "./trust-source-labels";

/** The trusted issuers the admin manages. */
export const TrustedIssuerList = () => {
  const t = useTranslations("TrustIssuerList");
  const sourceLabels = useTrustSourceLabels();
  return (
    <ResourceList<TTrustedIssuerView>
      resource="trusted-issuers"
      searchLabel={t("search")}
      defaultSort="name"
      rowHref={(issuer) => `/trust/${issuer.id}`}
      columns={[
        { key: "name", label: t("name"), sortable: true, render: (i) => i.name },
        { key: "country", label: t("country"), sortable: true, render: (i) => i.country ?? "—" },
        { key: "ids", label: t("identifiers"), render: (i) => <span className="break-all">{i.ids.join(", ")}</span> },
        { key: "keyCount", label: t("keys"), render: (i) => i.keyCount },
        { key: "source", label: t("source"), sortable: true, render: (i) => sourceLabels[i.source] },
        { key: "active", label: t("status"), render: (i) => <ActiveBadge active={i.active} /> },
      ]}
    />
  );
};
