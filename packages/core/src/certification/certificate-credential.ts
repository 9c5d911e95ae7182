import { statusEntry } from "@vax/credentials/status";
import { issueVaccinationCredential, type VaccinationDose } from "@vax/credentials/w3c";
import type { Facility, Gender, Vaccine } from "@vax/db";
import { publicBaseUrl, statusListUrl } from "../issuer/issuer-urls";
import type { TTenantIssuer } from "../issuer/tenant-issuer";
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

/** Options for {@link signCertificateCredential}. */
export type SignCertificateCredentialOptions = {
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

/** Builds and signs the native W3C credential of one certificate, pointing at its status-list slot. */
export const signCertificateCredential = ({
  issuer,
  certificateId,
  recipient,
  doses,
  slot,
  validUntil,
  issuedAt,
}: SignCertificateCredentialOptions): Promise<Record<string, unknown>> =>
  issueVaccinationCredential({
    issuer: issuer.did,
    signer: issuer.signer,
    documentLoader: issuer.documentLoader,
    publicUrl: publicBaseUrl(),
    id: `urn:vax:certificate:${certificateId}`,
    validFrom: issuedAt,
    ...(validUntil ? { validUntil } : {}),
    created: issuedAt,
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
