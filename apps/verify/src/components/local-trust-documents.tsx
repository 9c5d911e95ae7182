"use client";

import type { TLocale } from "@vax/config/i18n";
import type { TrustDocumentFormat } from "@vax/credentials/trust";
import type { TrustedIssuer } from "@vax/credentials/verify";
import { useLocale, useTranslations } from "next-intl";
import { type FormEvent, useId, useState } from "react";
import { MAX_LOCAL_TRUST_FILE_BYTES } from "@/lib/browser/local-trust";
import { formatMoment } from "./format";
import type { TTranslate } from "./translate";
import type { LocalTrustState, TrustDocumentReport } from "./use-local-trust";

const fieldClass =
  "mt-1 block w-full rounded-md border border-slate-300 bg-white px-3 py-2 text-base text-slate-900 focus:border-teal-600 focus:outline-none focus:ring-2 focus:ring-teal-600";

const formatName = (t: TTranslate, format: TrustDocumentFormat): string => {
  if (format === "trust-list") return t("Trust.formatTrustList");
  if (format === "dsc-list") return t("Trust.formatDscList");
  return t("Trust.formatJwks");
};

const issuerLine = (t: TTranslate, issuer: TrustedIssuer) =>
  `${issuer.name}${issuer.country && issuer.country !== issuer.name ? ` (${issuer.country})` : ""}: ${t("Trust.keys", { count: issuer.keys.length })}`;

/** What one added document came to: the issuers kept and each item refused with its reason. */
const Report = ({ report }: { report: TrustDocumentReport }) => {
  const t = useTranslations();
  return report.kind === "failed" ? (
    <p role="alert" className="rounded-md border border-red-300 bg-red-50 px-3 py-2 text-sm text-red-800">
      {t("Trust.notAdded", { file: report.fileName, message: report.message })}
    </p>
  ) : (
    <div role="status" className="rounded-md border border-slate-200 bg-slate-50 px-3 py-2 text-sm text-slate-700">
      <p className="font-medium text-slate-900">
        {report.added
          ? t("Trust.added", { format: formatName(t, report.format), file: report.fileName })
          : t("Trust.nothingAdded", { format: formatName(t, report.format), file: report.fileName })}
      </p>
      {report.added ? (
        <ul aria-label={t("Trust.addedList")} className="mt-1 list-disc ps-5">
          {report.added.issuers.map((issuer) => (
            <li key={issuer.ids.join(" ") || issuer.name}>{issuerLine(t, issuer)}</li>
          ))}
        </ul>
      ) : null}
      {report.refused.length ? (
        <>
          <p className="mt-2 font-medium text-red-800">{t("Trust.refusedCount", { count: report.refused.length })}</p>
          <ul aria-label={t("Trust.refusedList")} className="mt-1 list-disc ps-5">
            {report.refused.map((refusal) => (
              <li key={refusal.item}>
                {refusal.item}: {refusal.reason}
              </li>
            ))}
          </ul>
        </>
      ) : null}
    </div>
  );
};

/**
 * Trust documents a checker adds on this device, such as a country's DSC list or an issuer's JWKS handed to a
 * border officer: they are checked as the platform's import checks them, kept for offline checks, and trusted
 * beside the platform's list, never instead of it.
 */
export const LocalTrustDocuments = ({ state }: { state: LocalTrustState }) => {
  const t = useTranslations();
  const locale = useLocale() as TLocale;
  const fileId = useId();
  const urlId = useId();
  const [file, setFile] = useState<File | null>(null);
  const [issuerUrl, setIssuerUrl] = useState("");
  const [reading, setReading] = useState(false);
  const [report, setReport] = useState<TrustDocumentReport | null>(null);
  const { documents } = state;

  const submit = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const form = event.currentTarget;
    if (!file) return;
    setReading(true);
    setReport(null);
    const done = await state.add(file, issuerUrl);
    setReport(done);
    setReading(false);
    if (done.kind === "read" && done.added) {
      setFile(null);
      form.reset();
    }
  };

  return (
    <details className="rounded-lg border border-slate-200 bg-white px-3 py-2 text-sm text-slate-700">
      <summary className="cursor-pointer font-semibold text-slate-900 focus:outline-none focus-visible:ring-2 focus-visible:ring-teal-600">
        {t("Trust.heading", { count: documents.length })}
      </summary>
      <p className="mt-2 text-slate-600">{t("Trust.intro")}</p>
      <form onSubmit={(event) => void submit(event)} className="mt-2 grid grid-cols-1 gap-3 sm:grid-cols-2">
        <label htmlFor={fileId} className="block text-slate-700">
          {t("Trust.file", { size: MAX_LOCAL_TRUST_FILE_BYTES / 1024 / 1024 })}
          <input
            id={fileId}
            type="file"
            accept="application/json,.json"
            className={fieldClass}
            onChange={(event) => setFile(event.target.files?.[0] ?? null)}
          />
        </label>
        <label htmlFor={urlId} className="block text-slate-700">
          {t("Trust.issuerUrl")}
          <input
            id={urlId}
            type="url"
            inputMode="url"
            placeholder="https://issuer.example/"
            className={fieldClass}
            value={issuerUrl}
            onChange={(event) => setIssuerUrl(event.target.value)}
          />
        </label>
        <div className="sm:col-span-2">
          <button
            type="submit"
            disabled={!file || reading}
            className="rounded-md bg-teal-700 px-3 py-2 font-medium text-white hover:bg-teal-800 focus:outline-none focus-visible:ring-2 focus-visible:ring-teal-600 disabled:bg-slate-300"
          >
            {reading ? t("Trust.reading") : t("Trust.add")}
          </button>
        </div>
      </form>
      <div className="mt-3" aria-live="polite">
        {report ? <Report report={report} /> : null}
      </div>
      {documents.length ? (
        <ul aria-label={t("Trust.keptList")} className="mt-3 divide-y divide-slate-100">
          {documents.map((document) => (
            <li key={document.id} className="flex items-start justify-between gap-3 py-2">
              <div>
                <p className="font-medium text-slate-900">
                  {t("Trust.kept", {
                    file: document.fileName,
                    format: formatName(t, document.format),
                    at: formatMoment(new Date(document.addedAt), locale),
                  })}
                </p>
                <p className="text-slate-600">{document.issuers.map((issuer) => issuerLine(t, issuer)).join("; ")}</p>
              </div>
              <button
                type="button"
                onClick={() => state.remove(document.id)}
                aria-label={t("Trust.removeFile", { file: document.fileName })}
                className="shrink-0 rounded-md px-2 py-1 font-medium text-red-800 hover:bg-red-50 focus:outline-none focus-visible:ring-2 focus-visible:ring-teal-600"
              >
                {t("Trust.remove")}
              </button>
            </li>
          ))}
        </ul>
      ) : null}
    </details>
  );
};
