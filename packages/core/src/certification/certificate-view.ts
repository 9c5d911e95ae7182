import type { CertificateStatus, Prisma } from "@vax/db";
import { issuedCredential } from "./issued-credential";

/** A certificate as callers see it: the signed credential and its QR text. */
export type TCertificateView = {
  id: string;
  certificateId: string;
  recipientId: string;
  programmeId: string;
  programmeName: string;
  dose: number;
  totalDoses: number;
  status: CertificateStatus;
  issuedAt: string;
  credential: Record<string, unknown>;
  /** The native QR text (zlib + base45 of the credential). */
  qr: string;
};

/** What a query must include for {@link certificateView}. */
export const certificateViewInclude = {
  programme: { select: { name: true } },
  vaccinationEvent: { select: { totalDoses: true } },
} satisfies Prisma.CertificateInclude;

type TCertificateRow = Prisma.CertificateGetPayload<{ include: typeof certificateViewInclude }>;

/** Maps a stored certificate to its view: the credential and QR exactly as issued. */
export const certificateView = (row: TCertificateRow): TCertificateView => {
  const { credential, qr } = issuedCredential(row);
  return {
    id: row.id,
    certificateId: row.certificateId,
    recipientId: row.recipientId,
    programmeId: row.programmeId,
    programmeName: row.programme.name,
    dose: row.dose,
    totalDoses: row.vaccinationEvent.totalDoses,
    status: row.status,
    issuedAt: row.issuedAt.toISOString(),
    credential,
    qr,
  };
};
