"use client";

import { useQuery } from "@tanstack/react-query";
import type { TBusinessRuleView } from "@vax/core";
import { Alert, TableScroll } from "@vax/ui";
import { useTranslations } from "next-intl";
import { ColumnHeadings } from "@/components/column-headings";
import { ConfirmAction } from "@/components/confirm-action";
import { fetchJson } from "@/lib/fetch-json";
import { useDateFormatters } from "@/lib/format-date-time";

const invalidates = ["rules"];

/** Whether this admin may change the rule: a platform admin the platform's rules, a tenant admin their own. */
const mayChange = (rule: TBusinessRuleView, ownTenantId: string | null) =>
  ownTenantId ? rule.owner === ownTenantId : rule.owner === "platform";

/** The business rules verifiers apply, each version, with who owns it and (for its owner) disable or enable. */
export const RuleList = ({ canWrite, ownTenantId }: { canWrite: boolean; ownTenantId: string | null }) => {
  const t = useTranslations("RuleList");
  const { dateTime } = useDateFormatters();
  // The EU rule format's certificate types; one it does not name yet is shown as it came.
  const certificateTypes: Record<string, string> = {
    General: t("typeGeneral"),
    Vaccination: t("typeVaccination"),
    Test: t("typeTest"),
    Recovery: t("typeRecovery"),
  };
  const kindOf = (rule: TBusinessRuleView) => {
    const certificateType = certificateTypes[rule.certificateType] ?? rule.certificateType.toLowerCase();
    return rule.type === "acceptance" ? t("acceptance", { certificateType }) : t("invalidation", { certificateType });
  };
  const ownerOf = (rule: TBusinessRuleView) => {
    const imported = rule.source === "imported";
    if (rule.owner === "platform") return imported ? t("platformWideImported") : t("platformWide");
    return imported ? t("tenantOwnImported") : t("tenantOwn");
  };
  const { data, error } = useQuery({
    queryKey: ["rules"],
    queryFn: () => fetchJson<{ items: TBusinessRuleView[] }>("/api/v1/rules"),
  });
  return (
    <section aria-labelledby="rules-heading" className="flex flex-col gap-3">
      <h2 id="rules-heading" className="text-lg font-semibold">
        {t("heading")}
      </h2>
      {error ? <Alert tone="error">{error.message}</Alert> : null}
      {data && data.items.length === 0 ? <p className="text-sm text-slate-600">{t("empty")}</p> : null}
      <TableScroll label={t("heading")}>
        <table className="min-w-full divide-y divide-slate-200 text-sm">
          <ColumnHeadings
            labels={[
              t("rule"),
              t("country"),
              t("kind"),
              t("description"),
              t("inForce"),
              t("status"),
              ...(canWrite ? [t("actions")] : []),
            ]}
            className="bg-slate-50"
          />
          <tbody className="divide-y divide-slate-100">
            {data?.items.map((rule) => (
              <tr key={rule.id} data-rule={`${rule.identifier} ${rule.version}`} className="align-top">
                <td className="px-4 py-2 font-mono text-xs">
                  {rule.identifier}
                  <div className="text-slate-500">{t("version", { version: rule.version })}</div>
                </td>
                <td className="px-4 py-2">{rule.country}</td>
                <td className="px-4 py-2">
                  {kindOf(rule)}
                  <div className="text-xs text-slate-500">{ownerOf(rule)}</div>
                </td>
                <td className="max-w-md px-4 py-2">{rule.description}</td>
                <td className="px-4 py-2 text-xs text-slate-600">
                  {t("period", { from: dateTime(rule.validFrom), to: dateTime(rule.validTo) })}
                </td>
                <td className="px-4 py-2">{rule.active ? t("active") : t("disabled")}</td>
                {canWrite ? (
                  <td className="px-4 py-2">
                    {mayChange(rule, ownTenantId) ? (
                      <ConfirmAction
                        label={rule.active ? t("disable") : t("enable")}
                        consequence={
                          rule.active
                            ? t("disableConsequence", { rule: rule.identifier })
                            : t("enableConsequence", { rule: rule.identifier })
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
