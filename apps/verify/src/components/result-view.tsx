"use client";

import { Button } from "@vax/ui";
import type { CertificateCheck } from "@/lib/browser/check-certificate";
import { CheckList } from "./check-list";
import { formatMoment } from "./format";
import { HolderDetails } from "./holder-details";
import { IssuerSection } from "./issuer-section";
import { resultSummary, verdictCause, verdictOf } from "./result-summary";
import { RuleList } from "./rule-list";
import { TechnicalDetails } from "./technical-details";
import { VerdictBanner } from "./verdict-banner";

const Notice = ({ tone, children }: { tone: "amber" | "red"; children: React.ReactNode }) => (
  <p
    className={
      tone === "red"
        ? "rounded-md border border-red-300 bg-red-50 px-3 py-2 text-red-900"
        : "rounded-md border border-amber-300 bg-amber-50 px-3 py-2 text-amber-900"
    }
  >
    {children}
  </p>
);

/**
 * The answer to one check, for a gate checker on a phone: the verdict, the holder to compare with an ID (only when
 * a trusted signature proved them), the issuer, every check and rule in plain words, and the technical details
 * folded away; when only the status lists were out of reach, a way to check again.
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
  const { result } = check;
  const verdict = verdictOf(result);
  const signaturePassed = result.checks.some((item) => item.name === "signature" && item.status === "passed");
  return (
    <article
      aria-label="Check result"
      className="overflow-hidden rounded-2xl border border-slate-200 bg-white shadow-sm"
    >
      <VerdictBanner verdict={verdict} cause={verdictCause(result)} summary={resultSummary(result)} />
      <div className="space-y-6 px-5 py-5">
        {result.subject && signaturePassed ? (
          <>
            {result.verified ? null : (
              <Notice tone="amber">
                {verdict === "could-not-check"
                  ? "These details were signed by a trusted issuer, but whether the certificate has since been revoked or suspended could not be checked: connect to the internet and check again."
                  : "These details were signed by a trusted issuer, but the certificate is not valid now: see the failed checks below."}
              </Notice>
            )}
            <HolderDetails subject={result.subject} />
          </>
        ) : result.standing ? (
          <Notice tone="red">
            No personal details are shown: the issuer has withdrawn this certificate, so nothing in it can be relied on.
          </Notice>
        ) : (
          <Notice tone="amber">
            No personal details are shown: they are only shown once a trusted issuer&apos;s signature proves them.
          </Notice>
        )}
        <IssuerSection issuer={result.issuer} />
        <section aria-labelledby="checks-heading">
          <h3 id="checks-heading" className="text-sm font-semibold uppercase tracking-wide text-slate-500">
            Checks
          </h3>
          <CheckList result={result} />
        </section>
        {result.rules && result.rules.length > 0 ? (
          <section aria-labelledby="rules-heading">
            <h3 id="rules-heading" className="text-sm font-semibold uppercase tracking-wide text-slate-500">
              Rules
            </h3>
            <RuleList rules={result.rules} />
          </section>
        ) : null}
        <p className="text-sm text-slate-500">
          Checked on this device {formatMoment(check.checkedAt)}
          {check.statusAsOf
            ? ` · revocation lists ${check.statusFresh ? "fetched" : "saved"} ${formatMoment(check.statusAsOf)}${check.statusFresh ? "" : " (offline copy)"}`
            : ""}
        </p>
        <TechnicalDetails result={result} context={check} />
        {verdict === "could-not-check" && result.subject ? (
          <Button onClick={onRetry} className="w-full py-3 text-base">
            Check again
          </Button>
        ) : null}
        <Button
          onClick={onDone}
          variant={verdict === "could-not-check" && result.subject ? "secondary" : "primary"}
          className="w-full py-3 text-base"
        >
          Check another certificate
        </Button>
      </div>
    </article>
  );
};
