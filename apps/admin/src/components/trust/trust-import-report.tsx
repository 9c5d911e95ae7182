import type { TTrustImportEntry, TTrustImportReport } from "@vax/core";
import { useTranslations } from "next-intl";

const Section = ({ title, count, children }: { title: string; count: number; children: React.ReactNode }) => (
  <section aria-label={title} className="flex flex-col gap-1">
    <h3 className="text-sm font-semibold text-slate-800">
      {title}: {count}
    </h3>
    {count > 0 ? <ul className="list-disc pl-5 text-sm text-slate-700">{children}</ul> : null}
  </section>
);

/**
 * What an import did: the entries added, changed (and how), unchanged, and each item refused with its reason.
 * The changes and reasons are the server's words, shown as they came.
 */
export const TrustImportReport = ({ report }: { report: TTrustImportReport }) => {
  const t = useTranslations("TrustImportReport");
  const headings: Record<TTrustImportReport["format"], string> = {
    "trust-list": t("importedTrustList"),
    "dsc-list": t("importedDscList"),
    jwks: t("importedJwks"),
  };
  const entryLine = (entry: TTrustImportEntry) =>
    entry.country
      ? t("entryWithCountry", { name: entry.name, country: entry.country, count: entry.keyCount })
      : t("entry", { name: entry.name, count: entry.keyCount });
  return (
    <div className="flex flex-col gap-4 rounded-lg border border-slate-200 bg-white p-6" role="status">
      <h2 className="text-base font-semibold text-slate-900">{headings[report.format]}</h2>
      <Section title={t("added")} count={report.added.length}>
        {report.added.map((entry) => (
          <li key={entry.id}>{entryLine(entry)}</li>
        ))}
      </Section>
      <Section title={t("changed")} count={report.changed.length}>
        {report.changed.map((entry) => (
          <li key={entry.id}>
            {entryLine(entry)}. {entry.changes.join(" ")}
          </li>
        ))}
      </Section>
      <Section title={t("unchanged")} count={report.unchanged.length}>
        {report.unchanged.map((entry) => (
          <li key={entry.id}>{entryLine(entry)}</li>
        ))}
      </Section>
      <Section title={t("refused")} count={report.refused.length}>
        {report.refused.map((refusal, index) => (
          // The same item may be refused twice (two entries of one kid), so its place keys it.
          // biome-ignore lint/suspicious/noArrayIndexKey: refusals have no identity of their own
          <li key={index}>
            {refusal.item}: {refusal.reason}
          </li>
        ))}
      </Section>
    </div>
  );
};
