/** A person's name as the DCC carries it: as written and ICAO 9303 standardised. */
export type DccName = { fn?: string; fnt?: string; gn?: string; gnt?: string };

/** One vaccination entry (`v`) of a DCC, schema 1.3.x field names. */
export type DccVaccinationEntry = {
  tg: string;
  vp: string;
  mp: string;
  ma: string;
  dn: number;
  sd: number;
  dt: string;
  co: string;
  is: string;
  ci: string;
};

/** The DCC payload (the hcert claim's value); test and recovery entries are kept loosely typed as we only read them. */
export type DccPayload = {
  ver: string;
  nam: DccName;
  dob: string;
  v?: DccVaccinationEntry[];
  t?: Record<string, unknown>[];
  r?: Record<string, unknown>[];
};

/** The SNOMED CT code for COVID-19, the only disease the DCC value sets know. */
export const COVID_19 = "840539006";

/** The schema version our payloads declare, matching the bundled schema. */
export const DCC_SCHEMA_VERSION = "1.3.3";

/** What a caller knows about a vaccination; codes are EU value-set codes (vp prophylaxis, mp product, ma holder). */
export type BuildVaccinationPayloadOptions = {
  familyName?: string;
  givenName?: string;
  /** ISO 8601 date, year-month or year; empty when unknown, as the schema allows. */
  dateOfBirth: string;
  prophylaxis: string;
  product: string;
  manufacturer: string;
  doseNumber: number;
  totalDoses: number;
  /** ISO 8601 date of the dose. */
  date: string;
  country: string;
  issuer: string;
  /** A full UVCI, or the opaque part that `uvci` turns into one. */
  certificateId: string;
};

// ICAO 9303 Part 3 recommends these multi-letter forms over dropping the diacritic.
const ICAO_SPECIAL: Record<string, string> = { Ä: "AE", Ö: "OE", Ü: "UE", ß: "SS", Å: "AA", Æ: "AE", Ø: "OE", Œ: "OE" };

/** Standardises a name for fnt/gnt (ICAO 9303): upper case A–Z, separators as `<`, max 80 characters. */
export const standardiseName = (name: string): string =>
  name
    .toUpperCase()
    .replace(/[ÄÖÜßÅÆØŒ]/g, (c) => ICAO_SPECIAL[c] ?? c)
    .normalize("NFD")
    .replace(/[\u0300-\u036f'’]/g, "")
    .replace(/[^A-Z]+/g, "<")
    .replace(/^<+|<+$/g, "")
    .slice(0, 80);

/** A UVCI (`URN:UVCI:01:<country>:<id>`) from an opaque id; ids are upper-cased and stripped to the UVCI alphabet. */
export const uvci = (country: string, id: string): string =>
  id.startsWith("URN:UVCI:") ? id : `URN:UVCI:01:${country}:${id.toUpperCase().replace(/[^A-Z0-9/]/g, "")}`;

/** Builds a DCC vaccination payload (schema 1.3.x) from plain fields; validate it with `validateDccPayload`. */
export const buildVaccinationPayload = (options: BuildVaccinationPayloadOptions): DccPayload => {
  const nam: DccName = {};
  if (options.familyName) {
    nam.fn = options.familyName;
    nam.fnt = standardiseName(options.familyName);
  }
  if (options.givenName) {
    nam.gn = options.givenName;
    nam.gnt = standardiseName(options.givenName);
  }
  return {
    ver: DCC_SCHEMA_VERSION,
    nam,
    dob: options.dateOfBirth,
    v: [
      {
        tg: COVID_19,
        vp: options.prophylaxis,
        mp: options.product,
        ma: options.manufacturer,
        dn: options.doseNumber,
        sd: options.totalDoses,
        dt: options.date,
        co: options.country,
        is: options.issuer,
        ci: uvci(options.country, options.certificateId),
      },
    ],
  };
};

/** Which kind of certificate a payload is, from the single group it carries. */
export const payloadCertificateType = (payload: DccPayload): "vaccination" | "test" | "recovery" | undefined => {
  const types = (["v", "t", "r"] as const).filter((key) => Array.isArray(payload[key]));
  if (types.length !== 1) return undefined;
  return ({ v: "vaccination", t: "test", r: "recovery" } as const)[types[0] as "v" | "t" | "r"];
};
