import type { FhirBundle, FhirResource } from "./fhir-bundle.ts";

/** The FHIR code system for CDC CVX vaccine codes, which SMART Health Cards use for vaccineCode. */
export const CVX_SYSTEM = "http://hl7.org/fhir/sid/cvx";

/** One administered dose as a SMART Health Card records it. */
export type ShcDose = {
  /** CVX code of the vaccine, e.g. "207" for Moderna COVID-19. */
  cvx: string;
  /** Date (YYYY-MM-DD) or FHIR dateTime of administration. */
  date: string;
  lotNumber?: string;
  /** Facility or organisation that gave the dose, shown to the checker. */
  performer?: string;
};

/** The recipient and doses a vaccination SMART Health Card carries. */
export type ShcVaccinationRecord = {
  patient: { family?: string; given?: string[]; birthDate: string };
  doses: ShcDose[];
};

/** Builds the minified FHIR R4 collection bundle (Patient + one Immunization per dose) for a vaccination card. */
export const buildVaccinationBundle = (record: ShcVaccinationRecord): FhirBundle => {
  const { family, given, birthDate } = record.patient;
  const name: Record<string, unknown> = {};
  if (family) name.family = family;
  if (given && given.length > 0) name.given = given;
  const patient: FhirResource = { resourceType: "Patient", name: [name], birthDate };
  // Property order follows the spec examples so that our output reads like theirs byte for byte.
  const immunizations = record.doses.map((dose): FhirResource => {
    const immunization: FhirResource = {
      resourceType: "Immunization",
      status: "completed",
      vaccineCode: { coding: [{ system: CVX_SYSTEM, code: dose.cvx }] },
      patient: { reference: "resource:0" },
      occurrenceDateTime: dose.date,
    };
    if (dose.performer) immunization.performer = [{ actor: { display: dose.performer } }];
    if (dose.lotNumber) immunization.lotNumber = dose.lotNumber;
    return immunization;
  });
  return {
    resourceType: "Bundle",
    type: "collection",
    entry: [patient, ...immunizations].map((resource, i) => ({ fullUrl: `resource:${i}`, resource })),
  };
};
