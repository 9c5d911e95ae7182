import type { Dose, Subject } from "@vax/credentials/verify";
import { formatDate } from "./format";

const Field = ({ label, value }: { label: string; value?: string | number }) =>
  value === undefined || value === "" ? null : (
    <div>
      <dt className="text-xs font-medium uppercase tracking-wide text-slate-500">{label}</dt>
      <dd className="mt-0.5 text-slate-900">{value}</dd>
    </div>
  );

const doseTitle = (dose: Dose, position: number): string => {
  if (dose.dose !== undefined && dose.totalDoses !== undefined) return `Dose ${dose.dose} of ${dose.totalDoses}`;
  if (dose.dose !== undefined) return `Dose ${dose.dose}`;
  return `Vaccination ${position}`;
};

const DoseCard = ({ dose, position }: { dose: Dose; position: number }) => (
  <li className="rounded-lg border border-slate-200 bg-slate-50 p-3">
    <p className="flex flex-wrap items-baseline justify-between gap-x-3">
      <span className="font-semibold text-slate-900">{dose.vaccine ?? "Vaccine not named"}</span>
      <span className="text-sm font-medium text-teal-800">{doseTitle(dose, position)}</span>
    </p>
    <dl className="mt-2 grid grid-cols-2 gap-x-4 gap-y-2 text-sm">
      <Field label="Date" value={dose.date ? formatDate(dose.date) : undefined} />
      <Field label="Batch" value={dose.batch} />
      <Field label="Manufacturer" value={dose.manufacturer} />
      <Field label="Facility" value={dose.facility} />
      <Field label="Country" value={dose.country} />
    </dl>
  </li>
);

/** The holder and their doses as the certificate states them; only ever given a subject whose signature passed. */
export const HolderDetails = ({ subject }: { subject: Subject }) => (
  <section aria-labelledby="holder-heading" className="space-y-3">
    <h3 id="holder-heading" className="text-sm font-semibold uppercase tracking-wide text-slate-500">
      Certificate holder
    </h3>
    <dl className="grid grid-cols-1 gap-3 sm:grid-cols-2">
      <div>
        <dt className="text-xs font-medium uppercase tracking-wide text-slate-500">Name</dt>
        <dd className="mt-0.5 text-2xl font-semibold text-slate-900" data-testid="holder-name">
          {subject.name ?? "Not stated"}
        </dd>
      </div>
      <div>
        <dt className="text-xs font-medium uppercase tracking-wide text-slate-500">Date of birth</dt>
        <dd className="mt-0.5 text-2xl font-semibold text-slate-900" data-testid="holder-birth-date">
          {subject.birthDate ? formatDate(subject.birthDate) : "Not stated"}
        </dd>
      </div>
      {subject.documentNumber ? (
        <div>
          <dt className="text-xs font-medium uppercase tracking-wide text-slate-500">Passport or ID number</dt>
          <dd className="mt-0.5 text-2xl font-semibold text-slate-900" data-testid="holder-document-number">
            {subject.documentNumber}
          </dd>
        </div>
      ) : null}
    </dl>
    <h4 className="pt-2 text-sm font-semibold text-slate-900">
      {subject.doses.length === 1 ? "1 dose" : `${subject.doses.length} doses`}
    </h4>
    <ol className="space-y-2">
      {subject.doses.map((dose, index) => (
        <DoseCard key={[dose.dose, dose.date, dose.vaccine, dose.batch].join("|")} dose={dose} position={index + 1} />
      ))}
    </ol>
  </section>
);
