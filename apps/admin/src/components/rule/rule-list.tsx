"use client";

import { useQuery } from "@tanstack/react-query";
import type { TBusinessRuleView } from "@vax/core";
import { Alert, TableScroll } from "@vax/ui";
import { ColumnHeadings } from "@/components/column-headings";
import { ConfirmAction } from "@/components/confirm-action";
import { fetchJson } from "@/lib/fetch-json";
import { formatDateTime } from "@/lib/format-date-time";

const invalidates = ["rules"];

/** Whether this admin may change the rule: a platform admin the platform's rules, a tenant admin their own. */
const mayChange = (rule: TBusinessRuleView, ownTenantId: string | null) =>
  ownTenantId ? rule.owner === ownTenantId : rule.owner === "platform";

/** The business rules verifiers apply, each version, with who owns it and (for its owner) disable or enable. */
export const RuleList = ({ canWrite, ownTenantId }: { canWrite: boolean; ownTenantId: string | null }) => {
  const { data, error } = useQuery({
    queryKey: ["rules"],
    queryFn: () => fetchJson<{ items: TBusinessRuleView[] }>("/api/v1/rules"),
  });
  return (
    <section aria-labelledby="rules-heading" className="flex flex-col gap-3">
      <h2 id="rules-heading" className="text-lg font-semibold">
        Rules
      </h2>
      {error ? <Alert tone="error">{error.message}</Alert> : null}
      {data && data.items.length === 0 ? <p className="text-sm text-slate-600">No rules yet.</p> : null}
      <TableScroll label="Rules">
        <table className="min-w-full divide-y divide-slate-200 text-sm">
          <ColumnHeadings
            labels={["Rule", "Country", "Kind", "Description", "In force", "Status", ...(canWrite ? ["Actions"] : [])]}
            className="bg-slate-50"
          />
          <tbody className="divide-y divide-slate-100">
            {data?.items.map((rule) => (
              <tr key={rule.id} data-rule={`${rule.identifier} ${rule.version}`} className="align-top">
                <td className="px-4 py-2 font-mono text-xs">
                  {rule.identifier}
                  <div className="text-slate-500">version {rule.version}</div>
                </td>
                <td className="px-4 py-2">{rule.country}</td>
                <td className="px-4 py-2">
                  {rule.type === "acceptance" ? "Acceptance" : "Invalidation"}, {rule.certificateType.toLowerCase()}
                  <div className="text-xs text-slate-500">
                    {rule.owner === "platform" ? "Platform-wide" : "Tenant's own"}
                    {rule.source === "imported" ? ", imported" : ""}
                  </div>
                </td>
                <td className="max-w-md px-4 py-2">{rule.description}</td>
                <td className="px-4 py-2 text-xs text-slate-600">
                  {formatDateTime(rule.validFrom)} to {formatDateTime(rule.validTo)}
                </td>
                <td className="px-4 py-2">{rule.active ? "Active" : "Disabled"}</td>
                {canWrite ? (
                  <td className="px-4 py-2">
                    {mayChange(rule, ownTenantId) ? (
                      <ConfirmAction
                        label={rule.active ? "Disable" : "Enable"}
                        consequence={
                          rule.active
                            ? `Verifiers stop applying ${rule.identifier}, every version of it, once they refresh their rules.`
                            : `Verifiers apply ${rule.identifier} again once they refresh their rules.`
                        }
                        url={`/api/v1/rules/${rule.id}/${rule.active ? "disable" : "enable"}`}
                        variant={rule.active ? "danger" : "primary"}
                        invalidates={invalidates}
                      />
                    ) : null}
                  </td>
                ) : null}
              </tr>
            ))}
          </tbody>
        </table>
      </TableScroll>
    </section>
  );
};
