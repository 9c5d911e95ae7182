"use client";

import { useQuery } from "@tanstack/react-query";
import type { TSigningKeyView } from "@vax/core";
import { Alert, TableScroll } from "@vax/ui";
import { useTranslations } from "next-intl";
import { ColumnHeadings } from "@/components/column-headings";
import { fetchJson } from "@/lib/fetch-json";
import { useDateFormatters } from "@/lib/format-date-time";
import { KeyActions } from "./key-actions";
import { KeyGenerate } from "./key-generate";
import { keyStatusClass, useKeyLabels } from "./key-labels";

/**
 * A tenant's signing keys with their life stage, and (for those who may) the steps that move them
 * on: generate, activate, retire, revoke.
 */
export const KeyManager = ({ tenantId, canWrite }: { tenantId?: string; canWrite: boolean }) => {
  const t = useTranslations("KeyManager");
  const { dateTime } = useDateFormatters();
  const { kindLabel, statusLabel } = useKeyLabels();
  const lifeOf = (key: TSigningKeyView) =>
    [
      t("created", { date: dateTime(key.createdAt) }),
      key.activatedAt ? t("signingSince", { date: dateTime(key.activatedAt) }) : null,
      key.retiredAt ? t("retiredOn", { date: dateTime(key.retiredAt) }) : null,
      key.revokedAt ? t("revokedOn", { date: dateTime(key.revokedAt) }) : null,
    ]
      .filter(Boolean)
      .join(t("lifeSeparator"));
  const query = tenantId ? `?tenantId=${encodeURIComponent(tenantId)}` : "";
  const { data, error } = useQuery({
    queryKey: ["keys", tenantId ?? "own"],
    queryFn: () => fetchJson<{ items: TSigningKeyView[] }>(`/api/v1/keys${query}`),
  });
  return (
    <section aria-labelledby="keys-heading" className="flex flex-col gap-4">
      <h2 id="keys-heading" className="text-lg font-semibold">
        {t("heading")}
      </h2>
      <p className="max-w-3xl text-sm text-slate-600">{t("intro")}</p>
      {canWrite ? <KeyGenerate tenantId={tenantId} /> : null}
      {error ? <Alert tone="error">{error.message}</Alert> : null}
      <TableScroll label={t("heading")}>
        <table className="min-w-full divide-y divide-slate-200 text-sm">
          <ColumnHeadings
            labels={[t("signs"), t("keyId"), t("status"), t("life"), t("signed"), ...(canWrite ? [t("actions")] : [])]}
            className="bg-slate-50"
          />
          <tbody className="divide-y divide-slate-100">
            {data?.items.map((key) => {
              return (
                <tr key={key.id} data-kid={key.kid} className="align-top">
                  <td className="px-4 py-2">
                    {kindLabel(key.kind)}
                    {key.certificate ? (
                      <div className="text-xs text-slate-500">
                        {t("certificateValidTo", {
                          subject: key.certificate.subject,
                          date: dateTime(key.certificate.notAfter),
                        })}
                      </div>
                    ) : null}
                  </td>
                  <td className="max-w-48 truncate px-4 py-2 font-mono text-xs" title={key.kid}>
                    {key.kid}
                  </td>
                  <td className="px-4 py-2">
                    <span
                      className={`rounded-full px-2 py-0.5 text-xs font-medium ${keyStatusClass[key.status] ?? ""}`}
                    >
                      {statusLabel(key.status)}
                    </span>
                    {key.statusReason ? <div className="mt-1 text-xs text-red-800">{key.statusReason}</div> : null}
                  </td>
                  <td className="px-4 py-2 text-xs text-slate-600">{lifeOf(key)}</td>
                  <td className="px-4 py-2">{key.signedCount}</td>
                  {canWrite ? (
                    <td className="px-4 py-2">
                      <KeyActions signingKey={key} />
                    </td>
                  ) : null}
                </tr>
              );
            })}
          </tbody>
        </table>
      </TableScroll>
    </section>
  );
};
