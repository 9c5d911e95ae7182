"use client";

import { Button } from "@vax/ui";
import { useEffect, useRef } from "react";
import type { CertificateCheck } from "@/lib/browser/check-certificate";
import { CheckList } from "./check-list";
import { FORMAT_LABELS, formatMoment } from "./format";
import { HolderDetails } from "./holder-details";
import { AlertIcon, CheckIcon, CrossIcon } from "./icons";
import { resultSummary, VERDICT_HEADINGS, type Verdict, verdictOf } from "./result-summary";

const BANNER_LOOK: Record<Verdict, { Icon: typeof CheckIcon; tone: string }> = {
  valid: { Icon: CheckIcon, tone: "bg-green-700" },
  revoked: { Icon: CrossIcon, tone: "bg-red-700" },
  superseded: { Icon: CrossIcon, tone: "bg-red-700" },
  suspended: { Icon: AlertIcon, tone: "bg-red-700" },
  "could-not-check": { Icon: AlertIcon, tone: "bg-amber-700" },
  "not-valid": { Icon: CrossIcon, tone: "bg-red-700" },
};

const Banner = ({ verdict, summary }: { verdict: Verdict; summary: string }) => {
  const heading = useRef<HTMLHeadingElement>(null);
  // Moving focus to the verdict puts keyboard and screen-reader users where the answer is.
  useEffect(() => heading.current?.focus(), []);
  const { Icon, tone } = BANNER_LOOK[verdict];
  return (
    <div className={`flex items-start gap-4 px-5 py-6 text-white ${tone}`}>
      <span className="flex h-12 w-12 shrink-0 items-center justify-center rounded-full bg-white/20">
        <Icon className="h-8 w-8" strokeWidth={3} />
      </span>
      <div className="min-w-0">
        <h2
          ref={heading}
          tabIndex={-1}
          className="text-3xl font-bold uppercase tracking-wide focus:outline-none"
          data-testid="verdict"
        >
          {VERDICT_HEADINGS[verdict]}
        </h2>
        <p className="mt-1 text-sm text-white/90">{summary}</p>
      </div>
    </div>
  );
};

/**
 * The answer to one check: the verdict, the holder (only when the signature proved them), the issuer and every
 * check; when only the status lists were out of reach, a way to check again.
 */
export const ResultView = ({
  check,
  onDone,
  onRetry,
}: {
  check: CertificateCheck;
  onDone: () => void;
  onRetry: () => void;
}) => {
  const { result, statusAsOf, statusFresh } = check;
  const verdict = verdictOf(result);
  const signaturePassed = result.checks.some((item) => item.name === "signature" && item.status === "passed");
  return (
    <article
      aria-label="Check result"
      className="overflow-hidden rounded-2xl border border-slate-200 bg-white shadow-sm"
    >
      <Banner verdict={verdict} summary={resultSummary(result)} />
      <div className="space-y-6 px-5 py-5">
        {result.subject && signaturePassed ? (
          <>
            {result.verified ? null : (
              <p className="rounded-md border border-amber-300 bg-amber-50 px-3 py-2 text-sm text-amber-900">
                {verdict === "could-not-check"
                  ? "These details were signed by a trusted issuer, but whether the certificate has since been revoked or suspended could not be checked: connect to the internet and check again."
                  : "These details were signed by a trusted issuer, but the certificate is not valid now: see the failed checks below."}
              </p>
            )}
            <HolderDetails subject={result.subject} />
          </>
        ) : result.standing ? (
          <p className="rounded-md border border-red-300 bg-red-50 px-3 py-2 text-sm text-red-900">
            No personal details are shown: the issuer has withdrawn this certificate, so nothing in it can be relied on.
          </p>
        ) : (
          <p className="rounded-md border border-amber-300 bg-amber-50 px-3 py-2 text-sm text-amber-900">
            No personal details are shown: they are only shown once a trusted issuer&apos;s signature proves them.
          </p>
        )}
        <section aria-labelledby="issuer-heading">
          <h2 id="issuer-heading" className="text-sm font-semibold uppercase tracking-wide text-slate-500">
            Issuer
          </h2>
          {result.issuer ? (
            <div className="mt-1">
              <p className="font-medium text-slate-900">
                {result.issuer.name ?? "Not on the trust list"}
                {result.issuer.country ? <span className="text-slate-500"> · {result.issuer.country}</span> : null}
              </p>
              <p className="break-all font-mono text-xs text-slate-500">{result.issuer.id}</p>
            </div>
          ) : (
            <p className="mt-1 text-sm text-slate-600">The certificate names no issuer that could be read.</p>
          )}
        </section>
        <section aria-labelledby="checks-heading">
          <h2 id="checks-heading" className="text-sm font-semibold uppercase tracking-wide text-slate-500">
            Checks
          </h2>
          <CheckList checks={result.checks} />
        </section>
        <p className="text-xs text-slate-500">
          {FORMAT_LABELS[result.format]} · checked on this device {formatMoment(new Date())}
          {statusAsOf
            ? ` · status lists ${statusFresh ? "fetched" : "saved"} ${formatMoment(statusAsOf)}${statusFresh ? "" : " (offline copy)"}`
            : ""}
        </p>
        {verdict === "could-not-check" ? (
          <Button onClick={onRetry} className="w-full py-3 text-base">
            Check again
          </Button>
        ) : null}
        <Button
          onClick={onDone}
          variant={verdict === "could-not-check" ? "secondary" : "primary"}
          className="w-full py-3 text-base"
        >
          Check another certificate
        </Button>
      </div>
    </article>
  );
};
