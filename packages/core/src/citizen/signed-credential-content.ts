import { z } from "zod";

const ZDose = z.object({
  vaccine: z.object({ name: z.string(), manufacturer: z.object({ name: z.string() }).optional() }),
  batch: z.string(),
  date: z.string(),
  doseNumber: z.number(),
  totalDoses: z.number(),
  facility: z.object({ name: z.string() }),
});

// Only what the citizen portal and the PDF show; the credential itself is served untouched.
const ZVaccinationCredential = z.object({
  issuer: z.union([z.string(), z.object({ id: z.string() }).transform(({ id }) => id)]),
  credentialSubject: z.object({
    name: z.string(),
    birthDate: z.string().optional(),
    gender: z.string().optional(),
    identifier: z.string().optional(),
    doses: z.array(ZDose),
  }),
});

/** One dose as the signed credential states it. */
export type TCredentialDose = {
  doseNumber: number;
  totalDoses: number;
  vaccine: string;
  manufacturer?: string;
  batch: string;
  date: string;
  facility: string;
};

/** What a signed vaccination credential says about its holder and doses. */
export type TCredentialContent = {
  issuer: string;
  holder: { name: string; birthDate?: string; gender?: string; identifier?: string };
  doses: TCredentialDose[];
};

/**
 * Reads the holder and doses from a certificate's signed W3C vaccination credential, the source
 * of truth for what is printed (so the paper always says what the QR says); null when the payload
 * is not one.
 */
export const signedCredentialContent = (payload: unknown): TCredentialContent | null => {
  const parsed = ZVaccinationCredential.safeParse(payload);
  if (!parsed.success) return null;
  const { issuer, credentialSubject } = parsed.data;
  const { doses, ...holder } = credentialSubject;
  return {
    issuer,
    holder,
    doses: doses
      .map((dose) => ({
        doseNumber: dose.doseNumber,
        totalDoses: dose.totalDoses,
        vaccine: dose.vaccine.name,
        manufacturer: dose.vaccine.manufacturer?.name,
        batch: dose.batch,
        date: dose.date,
        facility: dose.facility.name,
      }))
      .sort((a, b) => a.doseNumber - b.doseNumber),
  };
};
