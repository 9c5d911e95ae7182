import { requireKeyEncryptionKey } from "@vax/config/env";
import { signCredentialsOnPool } from "@vax/credentials/signing-pool";
import { statusEntry } from "@vax/credentials/status";
import { buildVaccinationCredential, type VaccinationDose } from "@vax/credentials/w3c";
import type { Facility, Gender, Vaccine } from "@vax/db";
import { publicBaseUrl, statusListUrl } from "../issuer/issuer-urls";
import type { TTenantIssuer } from "../issuer/tenant-issuer";
import type { TIssuedCredential } from "./issued-credential";
import type { TStatusSlot } from "./status-allocation";

/** One dose as the credential lists it. */
export type TCredentialDose = {
  vaccine: Pick<Vaccine, "name" | "manufacturer" | "icd11Code" | "whoProphylaxisCode">;
  facility: Pick<Facility, "name" | "addressLine" | "district" | "state" | "country">;
  batch: string;
  dose: number;
  totalDoses: number;
  vaccinatedAt: Date;
};

/** What the credential of one certificate says, before it is signed. */
export type TCertificateCredentialFields = {
  issuer: TTenantIssuer;
  certificateId: string;
  recipient: {
    name: string;
    dateOfBirth: Date | null;
    gender: Gender;
    identityType: string;
    identityNumber: string;
  };
  doses: TCredentialDose[];
  slot: TStatusSlot;
  validUntil: Date | null;
  issuedAt: Date;
};

const GENDER: Record<Gender, string> = { MALE: "Male", FEMALE: "Female", OTHER: "Other" };

// Aadhaar numbers may only be shown masked (UIDAI rules); other documents are printed whole, as border checks need.
export const identifierOf = (identityType: string, identityNumber: string): string =>
  identityType === "AADHAAR" ? `AADHAAR XXXX XXXX ${identityNumber.slice(-4)}` : `${identityType} ${identityNumber}`;

const credentialDose = (dose: TCredentialDose): VaccinationDose => ({
  vaccine: {
    name: dose.vaccine.name,
    ...(dose.vaccine.icd11Code ? { icd11Code: dose.vaccine.icd11Code } : {}),
    ...(dose.vaccine.whoProphylaxisCode ? { atcCode: dose.vaccine.whoProphylaxisCode } : {}),
    manufacturer: { name: dose.vaccine.manufacturer },
  },
  batch: dose.batch,
  date: dose.vaccinatedAt.toISOString().slice(0, 10),
  doseNumber: dose.dose,
  totalDoses: dose.totalDoses,
  facility: {
    name: dose.facility.name,
    address: [dose.facility.addressLine, dose.facility.district, dose.facility.state].filter(Boolean).join(", "),
    country: dose.facility.country,
  },
});

/** Builds the unsigned native W3C credential of one certificate, pointing at its status-list slot. */
export const certificateCredential = ({
  issuer,
  certificateId,
  recipient,
  doses,
  slot,
  validUntil,
  issuedAt,
}: TCertificateCredentialFields): Record<string, unknown> =>
  buildVaccinationCredential({
    issuer: issuer.did,
    publicUrl: publicBaseUrl(),
    id: `urn:vax:certificate:${certificateId}`,
    validFrom: issuedAt,
    ...(validUntil ? { validUntil } : {}),
    recipient: {
      name: recipient.name,
      ...(recipient.dateOfBirth ? { birthDate: recipient.dateOfBirth.toISOString().slice(0, 10) } : {}),
      gender: GENDER[recipient.gender],
      identifier: identifierOf(recipient.identityType, recipient.identityNumber),
    },
    doses: doses.map(credentialDose),
    credentialStatus: (["REVOCATION", "SUSPENSION"] as const).map((purpose) =>
      statusEntry({
        listCredentialUrl: statusListUrl(issuer.slug, purpose, slot.number),
        index: slot.index,
        purpose: purpose === "REVOCATION" ? "revocation" : "suspension",
      }),
    ),
  });

/** Options for {@link signCertificateCredentials}. */
export type SignCertificateCredentialsOptions = {
  issuer: TTenantIssuer;
  issuedAt: Date;
  certificates: Array<Omit<TCertificateCredentialFields, "issuer" | "issuedAt">>;
};

/**
 * Builds and signs the native W3C credentials of a batch of certificates, each with its JSON text
 * as signed and its QR text, in the order given. Signing runs on the credentials package's worker
 * pool, off the caller's event loop, so a large batch does not stall the requests the app answers meanwhile.
 */
export const signCertificateCredentials = async ({
  issuer,
  issuedAt,
  certificates,
}: SignCertificateCredentialsOptions): Promise<TIssuedCredential[]> => {
  const signed = await signCredentialsOnPool({
    key: issuer.sealedKey,
    keyEncryptionKey: requireKeyEncryptionKey(),
    created: issuedAt,
    credentials: certificates.map((fields) => certificateCredential({ ...fields, issuer, issuedAt })),
  });
  return signed.map(({ json, qr }) => ({ credential: JSON.parse(json) as Record<string, unknown>, json, qr }));
};
