"use client";

import type { TAuditEventView } from "@vax/core";
import { ResourceList } from "@/components/resource-list";
import { formatDateTime } from "@/lib/format-date-time";
import { AuditDetails } from "./audit-details";

/** The tenant's audit log, newest first. */
export const AuditList = () => (
  <ResourceList<TAuditEventView>
    resource="audit-events"
    searchLabel="Search by action, entity or actor"
    defaultSort="createdAt"
    showStatusFilter={false}
    columns={[
      {
        key: "createdAt",
        label: "Time",
        render: (e) => (
          <time dateTime={new Date(e.createdAt).toISOString()} className="whitespace-nowrap">
            {formatDateTime(e.createdAt)}
          </time>
        ),
      },
      { key: "actor", label: "Actor", render: (e) => e.actorLabel },
      { key: "action", label: "Action", render: (e) => <code className="whitespace-nowrap text-xs">{e.action}</code> },
      {
        key: "entity",
        label: "Entity",
        render: (e) => (
          <div className="flex flex-col">
            <span>{e.entityType}</span>
            <code className="text-xs text-slate-500">{e.entityId}</code>
          </div>
        ),
      },
      { key: "details", label: "Details", render: (e) => <AuditDetails before={e.before} after={e.after} /> },
    ]}
  />
);
