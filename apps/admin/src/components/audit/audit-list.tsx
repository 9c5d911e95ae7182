"use client";

import type { TAuditEventView } from "@vax/core";
import { useTranslations } from "next-intl";
import { ResourceList } from "@/components/resource-list";
import { useDateFormatters } from "@/lib/format-date-time";
import { AuditDetails } from "./audit-details";

/** The tenant's audit log, newest first. */
export const AuditList = () => {
  const t = useTranslations("AuditList");
  const { dateTime } = useDateFormatters();
  return (
    <ResourceList<TAuditEventView>
      resource="audit-events"
      searchLabel={t("search")}
      defaultSort="createdAt"
      showStatusFilter={false}
      columns={[
        {
          key: "createdAt",
          label: t("time"),
          render: (e) => (
            <time dateTime={new Date(e.createdAt).toISOString()} className="whitespace-nowrap">
              {dateTime(e.createdAt)}
            </time>
          ),
        },
        { key: "actor", label: t("actor"), render: (e) => e.actorLabel },
        {
          key: "action",
          label: t("action"),
          render: (e) => <code className="whitespace-nowrap text-xs">{e.action}</code>,
        },
        {
          key: "entity",
          label: t("entity"),
          render: (e) => (
            <div className="flex flex-col">
              <span>{e.entityType}</span>
              <code className="text-xs text-slate-500">{e.entityId}</code>
            </div>
          ),
        },
        { key: "details", label: t("details"), render: (e) => <AuditDetails before={e.before} after={e.after} /> },
      ]}
    />
  );
};
