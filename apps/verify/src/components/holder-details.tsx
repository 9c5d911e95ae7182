import type { TLocale } from "@vax/config/i18n";
import type { Dose, Subject, SubjectField } from "@vax/credentials/verify";
import { useLocale, useTranslations } from "next-intl";
import { formatDate } from "./format";
import type { TTranslate } from "./translate";

const Field = ({ label, value }: { label: string; value?: string | number }) =>
  value === undefined || value === "" ? null : (
    <div>
      <dt className="text-xs font-medium uppercase tracking-wide text-slate-500">{label}</dt>
      <dd className="mt-0.5 text-slate-900">{value}</dd>
    </div>
  );

const doseTitle = (t: TTranslate, dose: Dose, position: number): string => {
  if (dose.dose !== undefined && dose.totalDoses !== undefined) {
    return t("Holder.doseOf", { dose: dose.dose, total: dose.totalDoses });
  }
  if (dose.dose !== undefined) return t("Holder.dose", { dose: dose.dose });
  return t("Holder.vaccination", { position });
};

const DoseCard = ({ dose, position }: { dose: Dose; position: number }) => {
  const t = useTranslations();
  const locale = useLocale() as TLocale;
  return (
    <li className="rounded-lg border border-slate-200 bg-slate-50 p-3">
      <p className="flex flex-wrap items-baseline justify-between gap-x-3">
        <span className="font-semibold text-slate-900">{dose.vaccine ?? t("Holder.vaccineNotNamed")}</span>
        <span className="text-sm font-medium text-teal-800">{doseTitle(t, dose, position)}</span>
      </p>
      <dl className="mt-2 grid grid-cols-2 gap-x-4 gap-y-2 text-sm">
        <Field label={t("Holder.date")} value={dose.date ? formatDate(dose.date, locale) : undefined} />
        <Field label={t("Holder.batch")} value={dose.batch} />
        <Field label={t("Holder.manufacturer")} value={dose.manufacturer} />
        <Field label={t("Holder.facility")} value={dose.facility} />
        <Field label={t("Holder.country")} value={dose.country} />
      </dl>
    </li>
  );
};

/**
 * What a credential other than a vaccination (a test report) states, as its schema shows a verifier; the built-in
 * test report's title and field names are in the checker's language, a tenant's schema's in its own words.
 */
const StatedFields = ({ subject, fields }: { subject: Subject; fields: SubjectField[] }) => {
  const t = useTranslations();
  const locale = useLocale() as TLocale;
  const builtIn = subject.builtInSchema === "test-report";
  // The built-in test report's field names, in the checker's language.
  const names: Record<string, string> = builtIn
    ? {
        testType: t("TestReport.fields.testType"),
        testName: t("TestReport.fields.testName"),
        manufacturer: t("TestReport.fields.manufacturer"),
        disease: t("TestReport.fields.disease"),
        sampleOrigin: t("TestReport.fields.sampleOrigin"),
        sampleCollectionTimestamp: t("TestReport.fields.sampleCollectionTimestamp"),
        resultTimestamp: t("TestReport.fields.resultTimestamp"),
        result: t("TestReport.fields.result"),
        facility_name: t("TestReport.fields.facility_name"),
        facility_address: t("TestReport.fields.facility_address"),
        facility_country: t("TestReport.fields.facility_country"),
      }
    : {};
  const label = (field: SubjectField) =>
    (Object.hasOwn(names, field.key) ? names[field.key] : undefined) ?? field.label;
  return (
    <section
      aria-label={builtIn ? t("TestReport.title") : subject.title}
      className="rounded-lg border border-slate-200 bg-slate-50 p-3"
    >
      <p className="font-semibold text-slate-900" data-testid="credential-title">
        {builtIn ? t("TestReport.title") : subject.title}
      </p>
      <dl className="mt-2 grid grid-cols-1 gap-x-4 gap-y-2 text-sm sm:grid-cols-2">
        {fields.map((field) => (
          <Field
            key={field.key}
            label={label(field)}
            value={field.kind === "date" ? formatDate(field.value, locale) : field.value}
          />
        ))}
      </dl>
    </section>
  );
};

/** The holder and their doses as the certificate states them; only ever given a subject whose signature passed. */
export const HolderDetails = ({ subject }: { subject: Subject }) => {
  const t = useTranslations();
  const locale = useLocale() as TLocale;
  return (
    <section aria-labelledby="holder-heading" className="space-y-3">
      <h3 id="holder-heading" className="text-sm font-semibold uppercase tracking-wide text-slate-500">
        {t("Holder.heading")}
      </h3>
      <dl className="grid grid-cols-1 gap-3 sm:grid-cols-2">
        <div>
          <dt className="text-xs font-medium uppercase tracking-wide text-slate-500">{t("Holder.name")}</dt>
          <dd className="mt-0.5 text-2xl font-semibold text-slate-900" data-testid="holder-name">
            {subject.name ?? t("Holder.notStated")}
          </dd>
        </div>
        <div>
          <dt className="text-xs font-medium uppercase tracking-wide text-slate-500">{t("Holder.birthDate")}</dt>
          <dd className="mt-0.5 text-2xl font-semibold text-slate-900" data-testid="holder-birth-date">
            {subject.birthDate ? formatDate(subject.birthDate, locale) : t("Holder.notStated")}
          </dd>
        </div>
        {subject.documentNumber ? (
          <div>
            <dt className="text-xs font-medium uppercase tracking-wide text-slate-500">{t("Holder.documentNumber")}</dt>
            <dd className="mt-0.5 text-2xl font-semibold text-slate-900" data-testid="holder-document-number">
              {subject.documentNumber}
            </dd>
          </div>
        ) : null}
      </dl>
      {subject.fields ? <StatedFields subject={subject} fields={subject.fields} /> : null}
      {subject.fields && subject.doses.length === 0 ? null : (
        <>
          <h4 className="pt-2 text-sm font-semibold text-slate-900">
            {t("Holder.doses", { count: subject.doses.length })}
          </h4>
          <ol className="space-y-2">
            {subject.doses.map((dose, index) => (
              <DoseCard
                key={[dose.dose, dose.date, dose.vaccine, dose.batch].join("|")}
                dose={dose}
                position={index + 1}
              />
            ))}
          </ol>
        </>
      )}
    </section>
  );
};
