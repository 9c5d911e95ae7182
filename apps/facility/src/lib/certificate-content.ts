import type { TCertificateView } from "@vax/core";

/** One dose as the certificate slip prints it. */
export type TSlipDose = {
  vaccine: string;
  manufacturer: string | null;
  batch: string;
  date: string;
  doseNumber: number;
  totalDoses: number;
  facility: string;
};

/** What the certificate slip prints, read from the signed credential itself. */
export type TSlipContent = { name: string; birthDate: string | null; identifier: string | null; doses: TSlipDose[] };

type TSubject = {
  name?: string;
  birthDate?: string;
  identifier?: string;
  doses?: Array<{
    vaccine?: { name?: string; manufacturer?: { name?: string } };
    batch?: string;
    date?: string;
    doseNumber?: number;
    totalDoses?: number;
    facility?: { name?: string };
  }>;
};

/**
 * The slip prints what the credential says, not what the form held, so paper and QR always agree.
 * `fallbackName` covers a credential without a name, which the platform does not issue.
 */
export const slipContent = (certificate: TCertificateView, fallbackName: string): TSlipContent => {
  const subject = (certificate.credential.credentialSubject ?? {}) as TSubject;
  return {
    name: subject.name ?? fallbackName,
    birthDate: subject.birthDate ?? null,
    identifier: subject.identifier ?? null,
    doses: (subject.doses ?? []).map((dose) => ({
      vaccine: dose.vaccine?.name ?? "",
      manufacturer: dose.vaccine?.manufacturer?.name ?? null,
      batch: dose.batch ?? "",
      date: dose.date ?? "",
      doseNumber: dose.doseNumber ?? 0,
      totalDoses: dose.totalDoses ?? 0,
      facility: dose.facility?.name ?? "",
    })),
  };
};
