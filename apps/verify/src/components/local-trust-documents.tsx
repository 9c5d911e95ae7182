"use client";

import type { TrustDocumentFormat } from "@vax/credentials/trust";
import type { TrustedIssuer } from "@vax/credentials/verify";
import { type FormEvent, useId, useState } from "react";
import { MAX_LOCAL_TRUST_FILE_BYTES } from "@/lib/browser/local-trust";
import { formatMoment } from "./format";
import type { LocalTrustState, TrustDocumentReport } from "./use-local-trust";

const fieldClass =
  "mt-1 block w-full rounded-md border border-slate-300 bg-white px-3 py-2 text-base text-slate-900 focus:border-teal-600 focus:outline-none focus:ring-2 focus:ring-teal-600";

const FORMAT_NAMES: Record<TrustDocumentFormat, string> = {
  "trust-list": "trust list",
  "dsc-list": "DSC list",
  jwks: "JWKS",
};

const plural = (count: number, noun: string) => `${count} ${noun}${count === 1 ? "" : "s"}`;
const issuerLine = (issuer: TrustedIssuer) =>
  `${issuer.name}${issuer.country && issuer.country !== issuer.name ? ` (${issuer.country})` : ""}: ${plural(issuer.keys.length, "key")}`;

/** What one added document came to: the issuers kept and each item refused with its reason. */
const Report = ({ report }: { report: TrustDocumentReport }) =>
  report.kind === "failed" ? (
    <p role="alert" className="rounded-md border border-red-300 bg-red-50 px-3 py-2 text-sm text-red-800">
      {report.fileName} was not added: {report.message} Nothing was changed.
    </p>
  ) : (
    <div role="status" className="rounded-md border border-slate-200 bg-slate-50 px-3 py-2 text-sm text-slate-700">
      <p className="font-medium text-slate-900">
        {report.added
          ? `Added the ${FORMAT_NAMES[report.format]} ${report.fileName}.`
          : `Nothing was added from the ${FORMAT_NAMES[report.format]} ${report.fileName}: no entry in it could be trusted.`}
      </p>
      {report.added ? (
        <ul aria-label="Added" className="mt-1 list-disc pl-5">
          {report.added.issuers.map((issuer) => (
            <li key={issuer.ids.join(" ") || issuer.name}>{issuerLine(issuer)}</li>
          ))}
        </ul>
      ) : null}
      {report.refused.length ? (
        <>
          <p className="mt-2 font-medium text-red-800">Refused: {report.refused.length}</p>
          <ul aria-label="Refused" className="mt-1 list-disc pl-5">
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

/**
 * Trust documents a checker adds on this device, such as a country's DSC list or an issuer's JWKS handed to a
 * border officer: they are checked as the platform's import checks them, kept for offline checks, and trusted
 * beside the platform's list, never instead of it.
 */
export const LocalTrustDocuments = ({ state }: { state: LocalTrustState }) => {
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
        Trust documents on this device ({documents.length})
      </summary>
      <p className="mt-2 text-slate-600">
        Add a DSC list (EU DCC or WHO GDHCN), a JWKS with its issuer&apos;s URL, or a trust list you were handed. Its
        issuers are trusted on this device only, besides the platform&apos;s list, and stay for offline checks.
      </p>
      <form onSubmit={(event) => void submit(event)} className="mt-2 grid grid-cols-1 gap-3 sm:grid-cols-2">
        <label htmlFor={fileId} className="block text-slate-700">
          Trust document (JSON, at most {MAX_LOCAL_TRUST_FILE_BYTES / 1024 / 1024} MiB)
          <input
            id={fileId}
            type="file"
            accept="application/json,.json"
            className={fieldClass}
            onChange={(event) => setFile(event.target.files?.[0] ?? null)}
          />
        </label>
        <label htmlFor={urlId} className="block text-slate-700">
          Issuer URL (for a JWKS only)
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
            {reading ? "Reading…" : "Add trust document"}
          </button>
        </div>
      </form>
      <div className="mt-3" aria-live="polite">
        {report ? <Report report={report} /> : null}
      </div>
      {documents.length ? (
        <ul aria-label="Kept trust documents" className="mt-3 divide-y divide-slate-100">
          {documents.map((document) => (
            <li key={document.id} className="flex items-start justify-between gap-3 py-2">
              <div>
                <p className="font-medium text-slate-900">
                  {document.fileName} ({FORMAT_NAMES[document.format]}, added {formatMoment(new Date(document.addedAt))}
                  )
                </p>
                <p className="text-slate-600">{document.issuers.map(issuerLine).join("; ")}</p>
              </div>
              <button
                type="button"
                onClick={() => state.remove(document.id)}
                aria-label={`Remove ${document.fileName}`}
                className="shrink-0 rounded-md px-2 py-1 font-medium text-red-800 hover:bg-red-50 focus:outline-none focus-visible:ring-2 focus-visible:ring-teal-600"
              >
                Remove
              </button>
            </li>
          ))}
        </ul>
      ) : null}
    </details>
  );
};
