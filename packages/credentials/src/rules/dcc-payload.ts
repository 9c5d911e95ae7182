import type { Issuer, Subject } from "../verify/types.ts";
import { valueSetEntries } from "./value-sets.ts";

const COVID_19 = "840539006";
const MRNA = "1119349007";
// "covid-19 vaccines" (ATC J07BX03): what the EU vectors use for every vaccine that is not an mRNA one.
const OTHER_COVID_VACCINE = "J07BX03";

// SMART Health Cards name vaccines by CVX code; these are the CVX codes of vaccines the EU value set lists.
const CVX_PRODUCTS: Record<string, string> = {
  "207": "EU/1/20/1507",
  "208": "EU/1/20/1528",
  "210": "EU/1/21/1529",
  "211": "EU/1/21/1618",
  "212": "EU/1/20/1525",
  "217": "EU/1/20/1528",
  "218": "EU/1/20/1528",
  "219": "EU/1/20/1528",
  "221": "EU/1/20/1507",
  "228": "EU/1/20/1507",
};

// The marketing authorisation holder of a product, for certificates that name the product but not its maker.
const PRODUCT_HOLDERS: Record<string, string> = {
  "EU/1/20/1528": "ORG-100030215",
  "EU/1/20/1507": "ORG-100031184",
  "EU/1/21/1529": "ORG-100001699",
  "EU/1/20/1525": "ORG-100001417",
  "EU/1/21/1618": "ORG-100032020",
  Covishield: "ORG-100001981",
  Covaxin: "Bharat-Biotech",
};

// Trade and maker names certificates give instead of the product's registered name.
const PRODUCT_ALIASES: Record<string, string> = {
  pfizer: "EU/1/20/1528",
  biontech: "EU/1/20/1528",
  moderna: "EU/1/20/1507",
  astrazeneca: "EU/1/21/1529",
  janssen: "EU/1/20/1525",
  novavax: "EU/1/21/1618",
};

const squash = (text: string): string => text.toLowerCase().replace(/[^a-z0-9]/g, "");

const matchCode = (text: string | undefined, entries: [string, string][]): string | undefined => {
  if (!text) return undefined;
  const wanted = squash(text);
  if (!wanted) return undefined;
  return entries.find(([code, display]) => squash(code) === wanted || squash(display) === wanted)?.[0];
};

/** The EU product code of a vaccine as a certificate names it (EU code, registered name, CVX code or maker). */
const productCode = (vaccine: string | undefined): string | undefined => {
  if (!vaccine) return undefined;
  const cvx = /^CVX\s+(\d+)$/i.exec(vaccine.trim())?.[1];
  if (cvx) return CVX_PRODUCTS[cvx];
  const found = matchCode(vaccine, valueSetEntries("products"));
  if (found) return found;
  const wanted = squash(vaccine);
  return Object.entries(PRODUCT_ALIASES).find(([alias]) => wanted.includes(alias))?.[1];
};

const holderCode = (manufacturer: string | undefined, product: string | undefined): string | undefined => {
  const holders = valueSetEntries("holders");
  const wanted = manufacturer ? squash(manufacturer) : "";
  const named =
    matchCode(manufacturer, holders) ??
    (wanted.length >= 4 ? holders.find(([, display]) => squash(display).startsWith(wanted))?.[0] : undefined);
  return named ?? (product ? PRODUCT_HOLDERS[product] : undefined);
};

const countryCode = (country: string | undefined): string | undefined => {
  if (!country) return undefined;
  if (/^[A-Za-z]{2}$/.test(country.trim())) return country.trim().toUpperCase();
  return matchCode(country, valueSetEntries("countries"));
};

const integer = (value: number | string | undefined): number | undefined => {
  const number = typeof value === "number" ? value : Number.parseInt(value ?? "", 10);
  return Number.isInteger(number) ? number : undefined;
};

const day = (date: string | undefined): string | undefined =>
  date && /^\d{4}-\d{2}-\d{2}/.test(date) ? date.slice(0, 10) : undefined;

const defined = (fields: Record<string, unknown>): Record<string, unknown> =>
  Object.fromEntries(Object.entries(fields).filter(([, value]) => value !== undefined));

/**
 * A DCC-shaped payload built from what a W3C, DIVOC, SHC or VDS-NC certificate states, so the same EU rules judge
 * it: `v` holds one entry, the last dose, as a DCC does. Vaccines, makers and countries are mapped to the EU value
 * sets where their names, EU codes or CVX codes allow; what cannot be mapped is left out, so a rule that asks for it
 * fails rather than guessing. Not mappable at all: the name's family/given split (the full name goes in `fn`), a
 * UVCI (`ci`), and the target disease of a vaccine the EU set does not list (`tg` is only set for COVID-19 vaccines).
 */
export const dccPayloadOf = (subject: Subject, issuer: Issuer | null): Record<string, unknown> => {
  const doses = [...subject.doses].sort(
    (a, b) => (day(a.date) ?? "").localeCompare(day(b.date) ?? "") || (integer(a.dose) ?? 0) - (integer(b.dose) ?? 0),
  );
  const last = doses[doses.length - 1];
  const product = productCode(last?.vaccine);
  const vaccination = last
    ? defined({
        tg: product ? COVID_19 : undefined,
        vp: product ? (["EU/1/20/1528", "EU/1/20/1507"].includes(product) ? MRNA : OTHER_COVID_VACCINE) : undefined,
        mp: product ?? last.vaccine,
        ma: holderCode(last.manufacturer, product) ?? last.manufacturer,
        dn: integer(last.dose),
        sd: integer(last.totalDoses),
        dt: day(last.date),
        co: countryCode(last.country) ?? countryCode(issuer?.country),
        is: issuer?.name ?? issuer?.id,
      })
    : undefined;
  return defined({
    ver: "1.3.0",
    nam: subject.name ? { fn: subject.name } : undefined,
    dob: subject.birthDate?.slice(0, 10),
    v: vaccination ? [vaccination] : undefined,
  });
};
