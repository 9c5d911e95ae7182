import type { CertificateStatus, Prisma } from "@vax/db";

/** One certificate as a search result lists it. */
export type TCertificateSummary = {
  id: string;
  certificateId: string;
  recipientId: string;
  recipientName: string;
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
  recipient: { select: { name: true } },
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
  programmeName: row.programme.name,
  dose: row.dose,
  totalDoses: row.vaccinationEvent.totalDoses,
  status: row.status,
  issuedAt: row.issuedAt.toISOString(),
});
