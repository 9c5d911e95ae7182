"use client";

import { useQuery } from "@tanstack/react-query";
import type { TSigningKeyView } from "@vax/core";
import { Alert, TableScroll } from "@vax/ui";
import { ColumnHeadings } from "@/components/column-headings";
import { fetchJson } from "@/lib/fetch-json";
import { formatDateTime } from "@/lib/format-date-time";
import { KeyActions } from "./key-actions";
import { KeyGenerate } from "./key-generate";
import { keyStatusStyle, kindLabel } from "./key-labels";

const lifeOf = (key: TSigningKeyView) =>
  [
    `Created ${formatDateTime(key.createdAt)}`,
    key.activatedAt ? `signing since ${formatDateTime(key.activatedAt)}` : null,
    key.retiredAt ? `retired ${formatDateTime(key.retiredAt)}` : null,
    key.revokedAt ? `revoked ${formatDateTime(key.revokedAt)}` : null,
  ]
    .filter(Boolean)
    .join(", ");

/**
 * A tenant's signing keys with their life stage, and (for those who may) the steps that move them
 * on: generate, activate, retire, revoke.
 */
export const KeyManager = ({ tenantId, canWrite }: { tenantId?: string; canWrite: boolean }) => {
  const query = tenantId ? `?tenantId=${encodeURIComponent(tenantId)}` : "";
  const { data, error } = useQuery({
    queryKey: ["keys", tenantId ?? "own"],
    queryFn: () => fetchJson<{ items: TSigningKeyView[] }>(`/api/v1/keys${query}`),
  });
  return (
    <section aria-labelledby="keys-heading" className="flex flex-col gap-4">
      <h2 id="keys-heading" className="text-lg font-semibold">
        Signing keys
      </h2>
      <p className="max-w-3xl text-sm text-slate-600">
        A new key is pending: published at once in the DID document, JWKS and DSC list, so that verifiers hold it before
        it signs. Activating it retires the key of its kind that signs today. Retired keys still verify what they
        signed; a revoked key fails everything it signed, with its reason.
      </p>
      {canWrite ? <KeyGenerate tenantId={tenantId} /> : null}
      {error ? <Alert tone="error">{error.message}</Alert> : null}
      <TableScroll label="Signing keys">
        <table className="min-w-full divide-y divide-slate-200 text-sm">
          <ColumnHeadings
            labels={["Signs", "Key id", "Status", "Life", "Certificates signed", ...(canWrite ? ["Actions"] : [])]}
            className="bg-slate-50"
          />
          <tbody className="divide-y divide-slate-100">
            {data?.items.map((key) => {
              const status = keyStatusStyle[key.status] ?? { label: key.status, className: "" };
              return (
                <tr key={key.id} data-kid={key.kid} className="align-top">
                  <td className="px-4 py-2">
                    {kindLabel(key.kind)}
                    {key.certificate ? (
                      <div className="text-xs text-slate-500">
                        {key.certificate.subject}, valid to {formatDateTime(key.certificate.notAfter)}
                      </div>
                    ) : null}
                  </td>
                  <td className="max-w-48 truncate px-4 py-2 font-mono text-xs" title={key.kid}>
                    {key.kid}
                  </td>
                  <td className="px-4 py-2">
                    <span className={`rounded-full px-2 py-0.5 text-xs font-medium ${status.className}`}>
                      {status.label}
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
