import { CREDENTIALS_V1_URL } from "./document-loader.ts";

/** A postal address as DIVOC's certification API takes it. */
export type DivocAddress = {
  addressLine1?: string;
  addressLine2?: string;
  district?: string;
  city?: string;
  state?: string;
  pincode?: string | number;
  country?: string;
};

/** One DIVOC certification request (the body items of `/v1/certify`; see testdata/divoc/certify.json). */
export type DivocCertificationRequest = {
  preEnrollmentCode: string;
  programId?: string;
  recipient: {
    name: string;
    identity?: string;
    dob?: string;
    age?: string | number;
    gender?: string;
    nationality?: string;
    contact?: string[];
    address?: DivocAddress;
  };
  vaccination: {
    name: string;
    batch?: string;
    manufacturer?: string;
    date: string;
    effectiveStart?: string;
    effectiveUntil?: string;
    dose: number;
    totalDoses: number;
    icd11Code?: string;
    prophylaxis?: string;
  };
  vaccinator: { name: string };
  facility: { name: string; address?: DivocAddress };
};

/** Issuer configuration for a DIVOC certificate (DIVOC's `CERTIFICATE_*` settings). */
export type DivocCredentialOptions = {
  certificateId: string;
  /** `CERTIFICATE_ISSUER`, e.g. `https://divoc.dev/`. */
  issuer: string;
  /** "w3c" is DIVOC's W3C_TEMPLATE; "ddcc" adds dob, ICD-11 code and prophylaxis (context v2). */
  template?: "w3c" | "ddcc";
  /** `CERTIFICATE_NAMESPACE`: the URL the vaccination context is served under. */
  namespace?: string;
  /** `CERTIFICATE_DID`: prefixes a recipient identity that is not a URI. */
  did?: string;
  issuanceDate?: Date;
  evidenceBaseUrl?: string;
  infoBaseUrl?: string;
  feedbackBaseUrl?: string;
  /** Country written when an address has none (DIVOC writes "IN"). */
  defaultCountry?: string;
};

/** A DIVOC certificate before or after signing. */
export type DivocCredential = Record<string, unknown> & { "@context": string[]; proof?: Record<string, unknown> };

const text = (value: unknown): string => (value === undefined || value === null ? "" : String(value));

const address = (
  { addressLine1, addressLine2, district, city, state, pincode, country }: DivocAddress,
  dflt: string,
) => ({
  streetAddress: text(addressLine1),
  streetAddress2: text(addressLine2),
  district: text(district),
  city: text(city),
  addressRegion: text(state),
  addressCountry: country ?? dflt,
  postalCode: text(pincode),
});

const ageOn = (dob: string | undefined, on: Date): string => {
  const born = dob ? new Date(dob) : undefined;
  if (!born || Number.isNaN(born.getTime())) return "";
  const beforeBirthday =
    on.getUTCMonth() < born.getUTCMonth() ||
    (on.getUTCMonth() === born.getUTCMonth() && on.getUTCDate() < born.getUTCDate());
  return String(on.getUTCFullYear() - born.getUTCFullYear() - (beforeBirthday ? 1 : 0));
};

// DIVOC's own test: a URI has a scheme, so "did:…" or "https://…" stay as they are.
const isUri = (value: string): boolean => /^[a-z][a-z0-9+.-]*:/i.test(value);

/** Fills DIVOC's W3C (or DDCC) certificate template from a certification request, unsigned. */
export const buildDivocCredential = (request: DivocCertificationRequest, options: DivocCredentialOptions) => {
  const { recipient, vaccination, vaccinator, facility } = request;
  const ddcc = options.template === "ddcc";
  const issued = options.issuanceDate ?? new Date();
  const country = options.defaultCountry ?? "IN";
  const identity = recipient.identity || request.preEnrollmentCode;
  const namespace =
    options.namespace ??
    (ddcc ? "https://cowin.gov.in/credentials/vaccination/v2" : "https://divoc.dev/credentials/vaccination/v1");
  const id = options.certificateId;
  return {
    "@context": [CREDENTIALS_V1_URL, namespace],
    type: ["VerifiableCredential", "ProofOfVaccinationCredential"],
    credentialSubject: {
      type: "Person",
      id: isUri(identity) ? identity : `${options.did ?? "did:india"}:${identity}`,
      refId: request.preEnrollmentCode,
      name: recipient.name,
      gender: text(recipient.gender),
      age: recipient.age === undefined ? ageOn(recipient.dob, issued) : String(recipient.age),
      nationality: text(recipient.nationality),
      address: address(recipient.address ?? {}, country),
      ...(ddcc ? { dob: text(recipient.dob) } : {}),
    },
    issuer: options.issuer,
    issuanceDate: issued.toISOString(),
    evidence: [
      {
        id: `${options.evidenceBaseUrl ?? new URL("vaccine/", options.issuer).href}${id}`,
        infoUrl: `${options.infoBaseUrl ?? `${options.issuer}?`}${id}`,
        feedbackUrl: `${options.feedbackBaseUrl ?? `${options.issuer}?`}${id}`,
        certificateId: id,
        type: ["Vaccination"],
        batch: text(vaccination.batch),
        vaccine: vaccination.name,
        manufacturer: text(vaccination.manufacturer),
        date: vaccination.date,
        effectiveStart: text(vaccination.effectiveStart),
        effectiveUntil: text(vaccination.effectiveUntil),
        ...(ddcc ? { icd11Code: text(vaccination.icd11Code), prophylaxis: text(vaccination.prophylaxis) } : {}),
        dose: vaccination.dose,
        totalDoses: vaccination.totalDoses,
        verifier: { name: vaccinator.name },
        facility: { name: facility.name, address: address(facility.address ?? {}, country) },
      },
    ],
    nonTransferable: "true",
  } satisfies DivocCredential;
};
