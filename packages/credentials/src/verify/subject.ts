import { asRecord, asText } from "./checks.ts";
import { displayedFields } from "./subject-fields.ts";
import type { CredentialDisplay, Dose, Subject } from "./types.ts";

const list = (value: unknown): unknown[] => (Array.isArray(value) ? value : value === undefined ? [] : [value]);
const numberOrText = (value: unknown): number | string | undefined =>
  typeof value === "number" ? value : asText(value);
const nameOf = (value: unknown): string | undefined => asText(value) ?? asText(asRecord(value)?.name);

// Drops empty fields so a dose lists only what the certificate states.
const dose = (fields: Dose): Dose =>
  Object.fromEntries(Object.entries(fields).filter(([, value]) => value !== undefined && value !== "")) as Dose;

/**
 * The holder and doses of our native VC 2.0 vaccination credential; for a credential of another schema (a test
 * report), its title and the facts its schema's display shows a verifier.
 */
export const w3cSubject = (
  credential: Record<string, unknown>,
  display?: CredentialDisplay & { builtIn?: "test-report" },
): Subject => {
  const subject = asRecord(credential.credentialSubject) ?? {};
  const doses = list(subject.doses).map((item) => {
    const given = asRecord(item) ?? {};
    const vaccine = asRecord(given.vaccine);
    return dose({
      vaccine: nameOf(vaccine),
      manufacturer: nameOf(vaccine?.manufacturer),
      date: asText(given.date),
      dose: numberOrText(given.doseNumber),
      totalDoses: numberOrText(given.totalDoses),
      batch: asText(given.batch),
      country: asText(asRecord(given.facility)?.country),
      facility: nameOf(given.facility),
    });
  });
  const holder = { name: asText(subject.name), birthDate: asText(subject.birthDate), doses };
  if (!display) return holder;
  const shown = { ...holder, title: display.title, fields: displayedFields(subject, display) };
  return display.builtIn ? { ...shown, builtInSchema: display.builtIn } : shown;
};

/** The holder and doses of a DIVOC certificate (`credentialSubject` and its `evidence` of Vaccination). */
export const divocSubject = (credential: Record<string, unknown>): Subject => {
  const subject = asRecord(credential.credentialSubject) ?? {};
  const doses = list(credential.evidence).map((item) => {
    const given = asRecord(item) ?? {};
    const facility = asRecord(given.facility);
    return dose({
      vaccine: asText(given.vaccine),
      manufacturer: asText(given.manufacturer),
      date: asText(given.date),
      dose: numberOrText(given.dose),
      totalDoses: numberOrText(given.totalDoses),
      batch: asText(given.batch),
      country: asText(asRecord(facility?.address)?.addressCountry),
      facility: nameOf(facility),
    });
  });
  return { name: asText(subject.name), birthDate: asText(subject.dob), doses };
};

/** The holder and vaccinations (`v`) of an EU DCC payload. */
export const dccSubject = (payload: unknown): Subject => {
  const dcc = asRecord(payload) ?? {};
  const nam = asRecord(dcc.nam) ?? {};
  const name = [asText(nam.gn) ?? asText(nam.gnt), asText(nam.fn) ?? asText(nam.fnt)].filter(Boolean).join(" ");
  const doses = list(dcc.v).map((item) => {
    const given = asRecord(item) ?? {};
    return dose({
      vaccine: asText(given.mp),
      manufacturer: asText(given.ma),
      date: asText(given.dt),
      dose: numberOrText(given.dn),
      totalDoses: numberOrText(given.sd),
      country: asText(given.co),
    });
  });
  return { name: name || undefined, birthDate: asText(dcc.dob), doses };
};

const coding = (concept: unknown): string | undefined => {
  const first = asRecord(list(asRecord(concept)?.coding)[0]);
  if (asText(first?.display)) return asText(first?.display);
  if (first?.code === undefined) return undefined;
  // CVX is the US vaccine code list SMART Health Cards use; naming it reads better than its URL.
  const system = first.system === "http://hl7.org/fhir/sid/cvx" ? "CVX" : asText(first.system);
  return system ? `${system} ${String(first.code)}` : String(first.code);
};

/** The patient and Immunization resources of a SMART Health Card's FHIR bundle. */
export const shcSubject = (payload: unknown, name?: string, birthDate?: string): Subject => {
  const bundle = asRecord(asRecord(asRecord(asRecord(payload)?.vc)?.credentialSubject)?.fhirBundle);
  const resources = list(bundle?.entry).map((entry) => asRecord(asRecord(entry)?.resource) ?? {});
  const doses = resources
    .filter((resource) => resource.resourceType === "Immunization")
    .map((resource) =>
      dose({
        vaccine: coding(resource.vaccineCode),
        date: asText(resource.occurrenceDateTime),
        batch: asText(resource.lotNumber),
        facility: asText(asRecord(asRecord(list(resource.performer)[0])?.actor)?.display),
      }),
    );
  return { name, birthDate, doses };
};
