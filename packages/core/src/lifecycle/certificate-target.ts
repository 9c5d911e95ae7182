import type { DatabaseTransaction, Prisma } from "@vax/db";
import { readableCertificates } from "../certificate/readable-certificates";
import { normaliseCertificateId } from "../certification/certificate-id";
import { AppError } from "../errors";
import { type TActor, tenantOf } from "../shared/actor";

/** The columns a lifecycle change reads of the certificate it changes. */
export const targetSelect = {
  id: true,
  tenantId: true,
  certificateId: true,
  status: true,
  statusReason: true,
  suspendedUntil: true,
  currentSlot: true,
  statusListNumber: true,
  statusListIndex: true,
  updatedAt: true,
} satisfies Prisma.CertificateSelect;

/** A certificate as a lifecycle change reads it. */
export type TTarget = Prisma.CertificateGetPayload<{ select: typeof targetSelect }>;

/** The `where` of the certificate a caller names by its printed id: in the caller's tenant and readable by them. */
export const targetWhere = (actor: TActor, certificateId: string): Prisma.CertificateWhereInput => ({
  AND: [
    readableCertificates(actor),
    { tenantId: tenantOf(actor) },
    { certificateId: storedCertificateId(certificateId) },
  ],
});

/** The printed id a caller named, as certificates are stored. */
export const storedCertificateId = (certificateId: string): string =>
  normaliseCertificateId(certificateId) ?? certificateId.trim();

/**
 * Reads, in one query, the certificates a caller names by their printed ids that are theirs, keyed
 * by the stored printed id; an id missing from the answer is not one of theirs.
 */
export const findTargets = async (
  db: DatabaseTransaction,
  actor: TActor,
  certificateIds: string[],
): Promise<Map<string, TTarget>> => {
  const rows = await db.certificate.findMany({
    where: {
      AND: [
        readableCertificates(actor),
        { tenantId: tenantOf(actor) },
        { certificateId: { in: certificateIds.map(storedCertificateId) } },
      ],
    },
    select: targetSelect,
  });
  return new Map(rows.map((row) => [row.certificateId, row]));
};

/** NOT_FOUND for a certificate a caller named that is not one of theirs. */
export const notTheirs = (certificateId: string) =>
  new AppError("NOT_FOUND", `No certificate ${certificateId} in your tenant`);

/** The printed id of the version that superseded a certificate, for messages that send the caller to it. */
export const successorOf = async (tx: DatabaseTransaction, id: string): Promise<string | null> =>
  (await tx.certificate.findFirst({ where: { previousId: id }, select: { certificateId: true } }))?.certificateId ??
  null;

/** A certificate's slot in its tenant's status lists; UNPROCESSABLE for one issued without a slot. */
export const slotOf = (target: TTarget): { number: number; index: number } => {
  if (target.statusListNumber === null || target.statusListIndex === null) {
    throw new AppError(
      "UNPROCESSABLE",
      `Certificate ${target.certificateId} has no place in a status list, so a change of its status could not be published`,
    );
  }
  return { number: target.statusListNumber, index: target.statusListIndex };
};
