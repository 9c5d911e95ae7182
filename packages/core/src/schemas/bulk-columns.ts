import type { TBulkKind } from "./bulk-upload";

/** One column of a bulk upload's CSV: its header name, whether a row must fill it, and what it holds. */
export type TBulkColumn = { name: string; required: boolean; description: string };

const column = (name: string, description: string, required = false): TBulkColumn => ({
  name,
  required,
  description,
});

/**
 * The columns each kind's CSV may have, in the template's order. A header must name every required
 * column and nothing else; the order is free. Each row is then checked by the same rules as the
 * single-record form or API of its kind.
 */
export const bulkColumns: Record<TBulkKind, TBulkColumn[]> = {
  facilities: [
    column("code", "The facility's code, unique in the tenant (2 to 40 letters, digits and dashes)", true),
    column("name", "The facility's name", true),
    column("addressLine", "Street address", true),
    column("district", "District"),
    column("state", "State or province"),
    column("pincode", "PIN or postal code, 4 to 10 digits"),
    column("country", "Country, as a two-letter ISO code such as IN", true),
    column("category", "GOVERNMENT or PRIVATE", true),
    column("programmes", "The programmes it vaccinates for, by name or id, separated by ;"),
  ],
  users: [
    column("name", "The person's name", true),
    column("email", "Their e-mail, which they sign in with; unique on the platform", true),
    column("role", "TENANT_ADMIN, FACILITY_ADMIN, VACCINATOR or MONITORING", true),
    column("facility", "The facility's code (or id); required for FACILITY_ADMIN and VACCINATOR"),
    column("licenceNumber", "A vaccinator's licence number"),
    column("mobile", "A vaccinator's mobile number, 10 digits, optionally after a + country code"),
    column(
      "password",
      "A first password: at least 10 characters with a letter and a digit. Kept sealed until the row is processed, then erased",
      true,
    ),
  ],
  "pre-enrolments": [
    column("code", "The pre-enrolment code (4 to 40 letters, digits or dashes); empty to have one made"),
    column("programme", "The programme, by name or id", true),
    column("facility", "The facility, by code or id; empty for any"),
    column("appointmentDate", "The appointment date, YYYY-MM-DD"),
    column("name", "The recipient's name", true),
    column("dateOfBirth", "Date of birth, YYYY-MM-DD (or give the age)"),
    column("age", "Age in years, when the date of birth is not known"),
    column("gender", "MALE, FEMALE or OTHER", true),
    column("identityType", "AADHAAR, PASSPORT, DRIVING_LICENCE, VOTER_ID or OTHER", true),
    column("identityNumber", "The identity document's number", true),
    column("mobile", "Mobile number, 10 digits", true),
    column("email", "E-mail address"),
    column("nationality", "Two-letter ISO country code; IN when empty"),
    column("country", "Country of residence, two-letter ISO code; IN when empty"),
  ],
  certify: [
    column("preEnrollmentCode", "The pre-enrolment code, or the caller's own reference"),
    column("programId", "The programme, by name or id; empty to find it by the vaccine's name"),
    column("recipient.name", "The recipient's name", true),
    column("recipient.dob", "Date of birth, YYYY-MM-DD (or give recipient.age)"),
    column("recipient.age", "Age in years, when the date of birth is not known"),
    column("recipient.gender", "Male, Female or Other", true),
    column("recipient.nationality", "Nationality, such as Indian", true),
    column("recipient.identity", "The identity, as DIVOC sends it: did:in.gov.uidai.aadhaar:<number> and so on", true),
    column("recipient.contact", "tel:<mobile>, and optionally mailto:<e-mail>, separated by ;", true),
    column("recipient.address.addressLine1", "Address"),
    column("recipient.address.district", "District"),
    column("recipient.address.state", "State"),
    column("recipient.address.pincode", "PIN code"),
    column("vaccination.name", "The vaccine's name, as the programme knows it", true),
    column("vaccination.manufacturer", "The manufacturer"),
    column("vaccination.batch", "The batch number", true),
    column("vaccination.date", "When the dose was given, ISO 8601 date and time", true),
    column("vaccination.effectiveStart", "First day the certificate is valid, YYYY-MM-DD"),
    column("vaccination.effectiveUntil", "Last day the certificate is valid, YYYY-MM-DD"),
    column("vaccination.dose", "The dose number, from 1", true),
    column("vaccination.totalDoses", "Doses in the vaccine's schedule"),
    column("vaccinator.name", "Who gave the dose", true),
    column("facility.name", "The facility, by name or code", true),
  ],
};

/** Why a header does not fit a kind, or null when it does. */
export const bulkHeaderProblem = (kind: TBulkKind, header: readonly string[]): string | null => {
  const known = new Set(bulkColumns[kind].map(({ name }) => name));
  const unknown = [...new Set(header.filter((name) => !known.has(name)))];
  const missing = bulkColumns[kind].filter(({ required, name }) => required && !header.includes(name));
  const repeated = header.filter((name, index) => header.indexOf(name) !== index);
  const problems = [
    unknown.length ? `unknown column${unknown.length > 1 ? "s" : ""} ${unknown.join(", ")}` : null,
    missing.length
      ? `missing column${missing.length > 1 ? "s" : ""} ${missing.map(({ name }) => name).join(", ")}`
      : null,
    repeated.length ? `repeated column${repeated.length > 1 ? "s" : ""} ${[...new Set(repeated)].join(", ")}` : null,
  ].filter(Boolean);
  return problems.length ? `The header does not fit ${kind}: ${problems.join("; ")}` : null;
};
