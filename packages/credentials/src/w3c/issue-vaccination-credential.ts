import type { DocumentLoader } from "./document-loader.ts";
import { signW3cCredential } from "./sign-w3c-credential.ts";
import type { W3cSigner } from "./suites.ts";
import { DEFAULT_PUBLIC_URL, vaccinationContextUrl } from "./vaccination-context.ts";

/** The person vaccinated, as the certificate names them. */
/** `birthDate` is left out when only the age is known, as DIVOC allows. */
export type VaccinationRecipient = { name: string; birthDate?: string; gender?: string; identifier?: string };

/** One dose given, with the vaccine's codes and where it was given. */
export type VaccinationDose = {
  vaccine: {
    name: string;
    /** ICD-11 code of the disease or vaccine, e.g. `XM68M6` (COVID-19 vaccines). */
    icd11Code?: string;
    /** WHO ATC prophylaxis code, e.g. `J07BX03`. */
    atcCode?: string;
    productCode?: string;
    manufacturer?: { name: string; code?: string };
  };
  batch: string;
  /** Date given, `YYYY-MM-DD`. */
  date: string;
  doseNumber: number;
  totalDoses: number;
  facility: { name: string; address?: string; country?: string };
};

/** A `credentialStatus` entry (BitstringStatusListEntry of the VC 2.0 context). */
export type BitstringStatusListEntry = {
  id: string;
  type: "BitstringStatusListEntry";
  statusPurpose: "revocation" | "suspension" | string;
  statusListIndex: string;
  statusListCredential: string;
};

/** Options for {@link issueVaccinationCredential}. */
export type IssueVaccinationCredentialOptions = {
  /** The issuer's did:web; the signer's key must be one of its verification methods. */
  issuer: string;
  signer: W3cSigner;
  documentLoader: DocumentLoader;
  /** Credential id, e.g. `urn:uuid:…`. */
  id?: string;
  validFrom: Date | string;
  validUntil?: Date | string;
  recipient: VaccinationRecipient;
  doses: VaccinationDose[];
  credentialStatus?: BitstringStatusListEntry[];
  /** Public base URL our context lives under (`VAX_PUBLIC_URL`). */
  publicUrl?: string;
  /** The proof's `created` time, default now. */
  created?: Date | string;
};

const VC_V2 = "https://www.w3.org/ns/credentials/v2";
// XSD dateTimeStamp without milliseconds, the form the VC examples and the vectors use.
const isoSeconds = (value: Date | string): string =>
  typeof value === "string" ? value : value.toISOString().replace(/\.\d{3}Z$/, "Z");

const dropUndefined = <T extends Record<string, unknown>>(value: T): T =>
  Object.fromEntries(Object.entries(value).filter(([, v]) => v !== undefined)) as T;

/** Builds the unsigned VC 2.0 vaccination credential (pure JSON, no proof). */
export const buildVaccinationCredential = (
  options: Omit<IssueVaccinationCredentialOptions, "signer" | "documentLoader" | "created">,
): Record<string, unknown> =>
  dropUndefined({
    "@context": [VC_V2, vaccinationContextUrl(options.publicUrl ?? DEFAULT_PUBLIC_URL)],
    id: options.id,
    type: ["VerifiableCredential", "VaccinationCertificate"],
    issuer: options.issuer,
    validFrom: isoSeconds(options.validFrom),
    validUntil: options.validUntil === undefined ? undefined : isoSeconds(options.validUntil),
    credentialSubject: dropUndefined({
      type: "VaccinationRecipient",
      ...options.recipient,
      doses: options.doses.map((dose) => ({
        type: "VaccinationDose",
        ...dose,
        vaccine: dropUndefined({
          type: "Vaccine",
          ...dose.vaccine,
          manufacturer: dose.vaccine.manufacturer && { type: "Manufacturer", ...dose.vaccine.manufacturer },
        }),
        facility: { type: "Facility", ...dose.facility },
      })),
    }),
    credentialStatus: options.credentialStatus?.length ? options.credentialStatus : undefined,
  });

/** Builds and signs a vaccination credential with a DataIntegrityProof (eddsa-rdfc-2022). */
export const issueVaccinationCredential = async (
  options: IssueVaccinationCredentialOptions,
): Promise<Record<string, unknown>> => {
  const { signer, documentLoader, created, ...fields } = options;
  const credential = buildVaccinationCredential(fields);
  return signW3cCredential({ credential, signer, documentLoader, created, type: "eddsa-rdfc-2022" });
};
