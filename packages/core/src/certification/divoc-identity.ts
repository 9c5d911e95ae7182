import type { Gender } from "@vax/db";

// DIVOC names identity documents as DIDs, e.g. did:in.gov.uidai.aadhaar:2342343334.
const DOCUMENT_TYPES: Array<[RegExp, string]> = [
  [/aadhaa?r/i, "AADHAAR"],
  [/passport/i, "PASSPORT"],
  [/driving|licen[cs]e|\bdl\b/i, "DRIVING_LICENCE"],
  [/voter|epic/i, "VOTER_ID"],
];

/** The identity document type and number of a DIVOC `recipient.identity`. */
export const divocIdentity = (identity: string): { identityType: string; identityNumber: string } => {
  const match = /^did:([^:]+):(.+)$/.exec(identity.trim());
  if (!match) return { identityType: "OTHER", identityNumber: identity.trim() };
  const [, method = "", number = ""] = match;
  const known = DOCUMENT_TYPES.find(([pattern]) => pattern.test(method));
  return { identityType: known ? known[1] : method.toUpperCase(), identityNumber: number };
};

/** The mobile number of a DIVOC `recipient.contact` list (`tel:9880414889`), as ten digits when Indian. */
export const divocMobile = (contact: string[]): string | null => {
  const tel = contact.find((entry) => entry.trim().toLowerCase().startsWith("tel:"));
  if (!tel) return null;
  const digits = tel.slice(4).replace(/[^\d]/g, "");
  const national = digits.length === 12 && digits.startsWith("91") ? digits.slice(2) : digits;
  return national.length >= 7 && national.length <= 15 ? national : null;
};

/** The e-mail of a DIVOC contact list (`mailto:…`), or "". */
export const divocEmail = (contact: string[]): string =>
  contact
    .find((entry) => entry.trim().toLowerCase().startsWith("mailto:"))
    ?.trim()
    .slice(7) ?? "";

/** The gender of a DIVOC recipient ("Male", "female", "M", "Other"…), or null when unreadable. */
export const divocGender = (gender: string): Gender | null => {
  const value = gender.trim().toLowerCase();
  if (value === "male" || value === "m") return "MALE";
  if (value === "female" || value === "f") return "FEMALE";
  if (["other", "o", "transgender", "non-binary"].includes(value)) return "OTHER";
  return null;
};

/** A country code from a DIVOC nationality ("Indian", "India", "IN"), default the tenant's. */
export const divocCountry = (nationality: string, fallback: string): string => {
  const value = nationality.trim();
  if (/^[a-z]{2}$/i.test(value)) return value.toUpperCase();
  return /^indi(a|an)$/i.test(value) ? "IN" : fallback;
};
