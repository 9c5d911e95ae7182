import type { TLocale } from "@vax/config/i18n";
import type { VerifyResult } from "@vax/credentials/verify";
import { useLocale, useTranslations } from "next-intl";
import { formatMoment } from "./format";
import { checkLabel, formatLabel } from "./translate";

/** What the technical details tell of the circumstances of a check, beside the result itself. */
export type CheckContext = {
  checkedAt: Date;
  /** The moment validity and rules were judged at, when the checker chose one. */
  judgedAt: Date;
  destination?: string;
  statusAsOf: Date | null;
  statusFresh: boolean;
};

const Row = ({ term, children }: { term: string; children: React.ReactNode }) => (
  <div className="py-1.5">
    <dt className="text-xs font-medium uppercase tracking-wide text-slate-500">{term}</dt>
    <dd className="break-all font-mono text-xs text-slate-800">{children}</dd>
  </div>
);

/**
 * Identifiers, key ids, format names and the verifier's own messages, folded away: a support desk needs them, a
 * gate checker does not. The verifier's messages stay as the library words them (in English), as support reads them.
 */
export const TechnicalDetails = ({ result, context }: { result: VerifyResult; context: CheckContext }) => {
  const t = useTranslations();
  const locale = useLocale() as TLocale;
  return (
    <details
      className="rounded-lg border border-slate-200 bg-slate-50 px-3 py-2 text-sm"
      data-testid="technical-details"
    >
      <summary className="cursor-pointer font-medium text-slate-700">{t("Technical.heading")}</summary>
      <dl className="mt-2 divide-y divide-slate-200">
        <Row term={t("Technical.format")}>
          {formatLabel(t, result.format)} ({result.format})
        </Row>
        <Row term={t("Technical.issuerId")}>{result.issuer?.id ?? t("Technical.noneRead")}</Row>
        <Row term={t("Technical.checked")}>
          {t("Technical.checkedAt", {
            at: formatMoment(context.checkedAt, locale),
            judged: context.judgedAt.toISOString(),
          })}
          {context.destination ? `; ${t("Technical.destination", { destination: context.destination })}` : ""}
        </Row>
        {context.statusAsOf ? (
          <Row term={t("Technical.statusLists")}>
            {context.statusFresh
              ? t("Technical.listsFetched", { at: formatMoment(context.statusAsOf, locale) })
              : t("Technical.listsKept", { at: formatMoment(context.statusAsOf, locale) })}
          </Row>
        ) : null}
        {result.checks.map((check) => (
          <Row key={check.name} term={`${checkLabel(t, check.name)} (${check.name}, ${check.status})`}>
            {check.reason}
          </Row>
        ))}
        {(result.rules ?? []).map((rule) => (
          <Row
            key={`${rule.id}@${rule.version}`}
            term={t("Technical.rule", { id: rule.id, version: rule.version, status: rule.status })}
          >
            {rule.type} / {rule.country}
            {rule.reason ? `: ${rule.reason}` : ""}
          </Row>
        ))}
      </dl>
    </details>
  );
};
