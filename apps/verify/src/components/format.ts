import type { CheckName, CredentialFormat } from "@vax/credentials/verify";

/** What each named check is called on screen. */
export const CHECK_LABELS: Record<CheckName, string> = {
  decode: "Readable",
  format: "Layout",
  signature: "Signature",
  "issuer trusted": "Issuer trusted",
  "key status": "Signing key",
  "validity period": "Validity dates",
  revocation: "Revocation",
  suspension: "Suspension",
  schema: "Contents",
  rules: "Entry rules",
};

/** What each certificate format is called on screen. */
export const FORMAT_LABELS: Record<CredentialFormat, string> = {
  w3c: "W3C Verifiable Credential",
  divoc: "DIVOC certificate",
  "eu-dcc": "EU Digital COVID Certificate",
  shc: "SMART Health Card",
  "vds-nc": "ICAO Visible Digital Seal",
  unknown: "Unrecognised",
};

const dateOnly = new Intl.DateTimeFormat("en-GB", { day: "numeric", month: "short", year: "numeric", timeZone: "UTC" });
const dateTime = new Intl.DateTimeFormat("en-GB", { dateStyle: "medium", timeStyle: "short" });

/** A certificate's date (`YYYY-MM-DD` or a timestamp) as "12 Apr 1985"; text that is not a date is shown as given. */
export const formatDate = (value: string): string => {
  // Only ISO dates are read: browsers' Date parsing turns almost any text with a year in it into some date.
  if (!/^\d{4}-\d{2}-\d{2}(T[\d:.]+(Z|[+-]\d{2}:?\d{2})?)?$/.test(value)) return value;
  const date = new Date(/^\d{4}-\d{2}-\d{2}$/.test(value) ? `${value}T00:00:00Z` : value);
  return Number.isNaN(date.getTime()) ? value : dateOnly.format(date);
};

/** A moment in the checker's own time zone, e.g. "1 Dec 2026, 14:05". */
export const formatMoment = (date: Date): string => dateTime.format(date);

/** How long ago a moment was, in words: "just now", "5 minutes ago", "3 days ago". */
export const formatAge = (date: Date, now = new Date()): string => {
  const minutes = Math.round((now.getTime() - date.getTime()) / 60_000);
  if (minutes < 1) return "just now";
  if (minutes < 60) return `${minutes} minute${minutes === 1 ? "" : "s"} ago`;
  const hours = Math.round(minutes / 60);
  if (hours < 48) return `${hours} hour${hours === 1 ? "" : "s"} ago`;
  const days = Math.round(hours / 24);
  return `${days} days ago`;
};

const regions = new Intl.DisplayNames(["en"], { type: "region" });

/** A country's English name from its ISO 3166 alpha-2 code ("DE" → "Germany"); other text is shown as given. */
export const countryName = (code: string | undefined): string | undefined => {
  if (!code) return undefined;
  if (!/^[A-Za-z]{2}$/.test(code)) return code;
  try {
    return regions.of(code.toUpperCase()) ?? code;
  } catch {
    return code;
  }
};
