"use client";

import type { TLocale } from "@vax/config/i18n";
import { Button } from "@vax/ui";
import { useLocale, useTranslations } from "next-intl";
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
  const t = useTranslations();
  const locale = useLocale() as TLocale;
  const { result } = check;
  const verdict = verdictOf(result);
  const signaturePassed = result.checks.some((item) => item.name === "signature" && item.status === "passed");
  return (
    <article
      aria-label={t("Result.label")}
      className="overflow-hidden rounded-2xl border border-slate-200 bg-white shadow-sm"
    >
      <VerdictBanner verdict={verdict} cause={verdictCause(t, result)} summary={resultSummary(t, locale, result)} />
      <div className="space-y-6 px-5 py-5">
        {result.subject && signaturePassed ? (
          <>
            {result.verified ? null : (
              <Notice tone="amber">
                {verdict === "could-not-check" ? t("Result.signedStatusUnknown") : t("Result.signedNotValid")}
              </Notice>
            )}
            <HolderDetails subject={result.subject} />
          </>
        ) : result.standing ? (
          <Notice tone="red">{t("Result.withdrawnNoDetails")}</Notice>
        ) : (
          <Notice tone="amber">{t("Result.unprovenNoDetails")}</Notice>
        )}
        <IssuerSection issuer={result.issuer} />
        <section aria-labelledby="checks-heading">
          <h3 id="checks-heading" className="text-sm font-semibold uppercase tracking-wide text-slate-500">
            {t("Result.checks")}
          </h3>
          <CheckList result={result} />
        </section>
        {result.rules && result.rules.length > 0 ? (
          <section aria-labelledby="rules-heading">
            <h3 id="rules-heading" className="text-sm font-semibold uppercase tracking-wide text-slate-500">
              {t("Result.rules")}
            </h3>
            <RuleList rules={result.rules} />
          </section>
        ) : null}
        <p className="text-sm text-slate-500">
          {t("Result.checkedAt", { at: formatMoment(check.checkedAt, locale) })}
          {check.statusAsOf
            ? ` · ${
                check.statusFresh
                  ? t("Result.listsFetched", { at: formatMoment(check.statusAsOf, locale) })
                  : t("Result.listsSaved", { at: formatMoment(check.statusAsOf, locale) })
              }`
            : ""}
        </p>
        <TechnicalDetails result={result} context={check} />
        {verdict === "could-not-check" && result.subject ? (
          <Button onClick={onRetry} className="w-full py-3 text-base">
            {t("Result.checkAgain")}
          </Button>
        ) : null}
        <Button
          onClick={onDone}
          variant={verdict === "could-not-check" && result.subject ? "secondary" : "primary"}
          className="w-full py-3 text-base"
        >
          {t("Result.checkAnother")}
        </Button>
      </div>
    </article>
  );
};
