"use client";

import type { TTemplateSummary } from "@vax/core";
import { useTranslations } from "next-intl";
import { ActiveBadge } from "@/components/active-badge";
import { ResourceList } from "@/components/resource-list";
import { useDateFormatters } from "@/lib/format-date-time";

/** The tenant's certificate templates, with their latest version and the programmes printing with them. */
export const TemplateList = () => {
  const t = useTranslations("TemplateList");
  const { dateTime } = useDateFormatters();
  return (
    <ResourceList<TTemplateSummary>
      resource="templates"
      searchLabel={t("search")}
      defaultSort="name"
      rowHref={(template) => `/templates/${template.id}`}
      columns={[
        { key: "name", label: t("name"), sortable: true, render: (template) => template.name },
        {
          key: "prints",
          label: t("prints"),
          render: (template) => template.schema?.title ?? t("vaccinationCertificates"),
        },
        { key: "latestVersion", label: t("latestVersion"), render: (template) => template.latestVersion },
        {
          key: "programmes",
          label: t("usedBy"),
          render: (template) =>
            template.programmes.length === 0
              ? "—"
              : template.programmes
                  .map((programme) => t("programmeVersion", { name: programme.name, version: programme.version }))
                  .join(", "),
        },
        {
          key: "updatedAt",
          label: t("changed"),
          sortable: true,
          render: (template) => dateTime(template.updatedAt),
        },
        { key: "active", label: t("status"), render: (template) => <ActiveBadge active={template.active} /> },
      ]}
    />
  );
};
