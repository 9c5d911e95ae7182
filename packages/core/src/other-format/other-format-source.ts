import { prisma, type Vaccine } from "@vax/db";
import { signedCredentialContent, type TCredentialContent } from "../citizen/signed-credential-content";
import { AppError } from "../errors";

/** The codes of a vaccine the other formats carry. */
export type TVaccineCodes = Pick<
  Vaccine,
  "name" | "euProductCode" | "euHolderCode" | "euProphylaxisCode" | "cvxCode" | "whoProphylaxisCode"
>;

/** One dose of the signed credential with the codes of its vaccine. */
export type TSourceDose = TCredentialContent["doses"][number] & { codes: TVaccineCodes };

/** What an EU DCC or SMART Health Card of a certificate says, all read from its signed credential. */
export type TOtherFormatSource = {
  holder: { familyName?: string; givenNames: string[]; birthDate?: string };
  doses: TSourceDose[];
  /** The credential's own `validUntil`, which the other formats do not outlive. */
  validUntil: Date | null;
};

// The credential holds one name; both formats want family and given names. The last word is taken as the
// family name, as ICAO machine-readable zones do with a single-field name; one word is a family name alone.
const splitName = (name: string): { familyName?: string; givenNames: string[] } => {
  const words = name.trim().split(/\s+/).filter(Boolean);
  if (words.length <= 1) return { familyName: words[0], givenNames: [] };
  return { familyName: words[words.length - 1], givenNames: words.slice(0, -1) };
};

const validUntilOf = (credential: Record<string, unknown>): Date | null => {
  const value = credential.validUntil;
  if (typeof value !== "string") return null;
  const date = new Date(value);
  return Number.isNaN(date.getTime()) ? null : date;
};

/**
 * Reads what the other formats carry from a certificate's signed credential, so that they say exactly
 * what its native QR says, with each dose's vaccine codes from the tenant's vaccine of that name.
 */
export const otherFormatSource = async (
  tenantId: string,
  credential: Record<string, unknown>,
): Promise<TOtherFormatSource> => {
  const content = signedCredentialContent(credential);
  if (!content || content.doses.length === 0) {
    throw new AppError(
      "UNPROCESSABLE",
      "This certificate is not in a format the EU DCC or SMART Health Card is made from",
    );
  }
  const vaccines = await prisma.vaccine.findMany({
    where: { tenantId, name: { in: [...new Set(content.doses.map((dose) => dose.vaccine))] } },
    select: {
      name: true,
      euProductCode: true,
      euHolderCode: true,
      euProphylaxisCode: true,
      cvxCode: true,
      whoProphylaxisCode: true,
    },
  });
  const byName = new Map(vaccines.map((vaccine) => [vaccine.name, vaccine]));
  const doses = content.doses.map((dose) => {
    const codes = byName.get(dose.vaccine);
    if (!codes) {
      throw new AppError(
        "UNPROCESSABLE",
        `The vaccine ${dose.vaccine} of this certificate is no longer in the catalogue`,
      );
    }
    return { ...dose, codes };
  });
  return {
    holder: {
      ...splitName(content.holder.name),
      ...(content.holder.birthDate ? { birthDate: content.holder.birthDate } : {}),
    },
    doses,
    validUntil: validUntilOf(credential),
  };
};
