import type { DatabaseTransaction } from "@vax/db";
import { certificateNoticeText, type TCertificateEvent, type TCertificateNoticeFacts } from "./certificate-notice-text";
import { outboxMessages, type TMessageAddress, type TOutboxMessage, writeOutbox } from "./queue-message";

/** Options for {@link queueCertificateNotices}: the certificates (their row ids) and what happened to them. */
export type QueueCertificateNoticesOptions = { certificateIds: string[]; event: TCertificateEvent };

/** Options for {@link queueCertificateNotice}: the certificate (its row id, Certificate.id) and what happened to it. */
export type QueueCertificateNoticeOptions = { certificateId: string; event: TCertificateEvent };

/** A certificate whose notice is queued with what it says already known: its row id, tenant and holder's addresses. */
export type TNoticedCertificate = TCertificateNoticeFacts & {
  id: string;
  tenantId: string;
  recipient: TMessageAddress;
};

/**
 * Queues the notices of an event on certificates the caller has in hand (a batch it has just
 * written) inside its transaction: per certificate an e-mail to its recipient's address (with the
 * PDF when the certificate still verifies) and an SMS to their number, whichever the recipient has.
 * One insert whatever the number.
 */
export const queueNoticesOf = async (
  tx: DatabaseTransaction,
  event: TCertificateEvent,
  certificates: TNoticedCertificate[],
): Promise<void> => {
  const rows: TOutboxMessage[] = certificates.flatMap((certificate) => {
    const text = certificateNoticeText(event, certificate);
    return outboxMessages(
      certificate.recipient,
      { email: { subject: text.subject, body: text.email, attachCertificatePdf: text.attachPdf }, sms: text.sms },
      { tenantId: certificate.tenantId, certificateId: certificate.id },
    );
  });
  await writeOutbox(tx, rows);
};

/**
 * Queues the notices of an event on many certificates (their row ids) inside the caller's
 * transaction, as {@link queueNoticesOf} does, reading what they say first: one read and one insert
 * whatever the number.
 */
export const queueCertificateNotices = async (
  tx: DatabaseTransaction,
  { certificateIds, event }: QueueCertificateNoticesOptions,
): Promise<void> => {
  if (certificateIds.length === 0) return;
  const certificates = await tx.certificate.findMany({
    where: { id: { in: certificateIds } },
    select: {
      id: true,
      tenantId: true,
      certificateId: true,
      dose: true,
      programme: { select: { name: true } },
      recipient: { select: { mobile: true, email: true } },
    },
  });
  await queueNoticesOf(
    tx,
    event,
    certificates.map(({ programme, ...certificate }) => ({ ...certificate, programmeName: programme.name })),
  );
};

/**
 * Queues the notice of an event on one certificate (issued, corrected, revoked, suspended,
 * reinstated) inside the caller's transaction `tx`, so the change and its notice commit together.
 */
export const queueCertificateNotice = (
  tx: DatabaseTransaction,
  { certificateId, event }: QueueCertificateNoticeOptions,
): Promise<void> => queueCertificateNotices(tx, { certificateIds: [certificateId], event });
