import { encodeNativeQr } from "@vax/credentials/qr";
import type { CertificateStatus, Prisma } from "@vax/db";

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

/** Completes a view with the QR text of its credential. */
export const withQr = (view: Omit<TCertificateView, "qr">): TCertificateView => ({
  ...view,
  qr: encodeNativeQr(view.credential),
});

/** Maps a stored certificate to its view. */
export const certificateView = (row: TCertificateRow): TCertificateView =>
  withQr({
    id: row.id,
    certificateId: row.certificateId,
    recipientId: row.recipientId,
    programmeId: row.programmeId,
    programmeName: row.programme.name,
    dose: row.dose,
    totalDoses: row.vaccinationEvent.totalDoses,
    status: row.status,
    issuedAt: row.issuedAt.toISOString(),
    credential: row.payload as Record<string, unknown>,
  });
