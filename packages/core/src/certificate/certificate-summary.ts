import type { CertificateStatus, Prisma } from "@vax/db";
import { maskIdentityNumber, maskMobile } from "../schemas/masking";

/** One certificate as a search result lists it, the recipient's numbers masked. */
export type TCertificateSummary = {
  id: string;
  certificateId: string;
  recipientId: string;
  recipientName: string;
  /** The recipient's identity document type, e.g. AADHAAR. */
  recipientIdentityType: string;
  /** Their identity number masked but for its last digits (`XXXX XXXX 3412`). */
  recipientIdentity: string;
  /** Their mobile number masked but for its first and last digits (`+91 98XXX XX210`). */
  recipientMobile: string;
  programmeName: string;
  dose: number;
  totalDoses: number;
  status: CertificateStatus;
  issuedAt: string;
};

/** What a query must select for {@link certificateSummary}. */
export const certificateSummarySelect = {
  id: true,
  certificateId: true,
  recipientId: true,
  dose: true,
  status: true,
  issuedAt: true,
  recipient: { select: { name: true, identityType: true, identityNumber: true, mobile: true } },
  programme: { select: { name: true } },
  vaccinationEvent: { select: { totalDoses: true } },
} satisfies Prisma.CertificateSelect;

type TSummaryRow = Prisma.CertificateGetPayload<{ select: typeof certificateSummarySelect }>;

/** Shapes a stored certificate, read with {@link certificateSummarySelect}, as a search result. */
export const certificateSummary = (row: TSummaryRow): TCertificateSummary => ({
  id: row.id,
  certificateId: row.certificateId,
  recipientId: row.recipientId,
  recipientName: row.recipient.name,
  recipientIdentityType: row.recipient.identityType,
  recipientIdentity: maskIdentityNumber(row.recipient.identityNumber),
  recipientMobile: maskMobile(row.recipient.mobile),
  programmeName: row.programme.name,
  dose: row.dose,
  totalDoses: row.vaccinationEvent.totalDoses,
  status: row.status,
  issuedAt: row.issuedAt.toISOString(),
});
