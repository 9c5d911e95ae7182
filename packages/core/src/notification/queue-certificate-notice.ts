import type { DatabaseTransaction } from "@vax/db";
import { certificateNoticeText, type TCertificateEvent } from "./certificate-notice-text";
import { outboxMessages, type TOutboxMessage, writeOutbox } from "./queue-message";

/** Options for {@link queueCertificateNotices}: the certificates (their row ids) and what happened to them. */
export type QueueCertificateNoticesOptions = { certificateIds: string[]; event: TCertificateEvent };

/** Options for {@link queueCertificateNotice}: the certificate (its row id, Certificate.id) and what happened to it. */
export type QueueCertificateNoticeOptions = { certificateId: string; event: TCertificateEvent };

/**
 * Queues the notices of an event on many certificates inside the caller's transaction: per
 * certificate an e-mail to its recipient's address (with the PDF when the certificate still
 * verifies) and an SMS to their number, whichever the recipient has. Two reads and one insert
 * whatever the number, so a certify batch pays for it once.
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
  const rows: TOutboxMessage[] = certificates.flatMap((certificate) => {
    const text = certificateNoticeText(event, {
      certificateId: certificate.certificateId,
      programmeName: certificate.programme.name,
      dose: certificate.dose,
    });
    return outboxMessages(
      certificate.recipient,
      { email: { subject: text.subject, body: text.email, attachCertificatePdf: text.attachPdf }, sms: text.sms },
      { tenantId: certificate.tenantId, certificateId: certificate.id },
    );
  });
  await writeOutbox(tx, rows);
};

/**
 * Queues the notice of an event on one certificate (issued, corrected, revoked, suspended,
 * reinstated) inside the caller's transaction `tx`, so the change and its notice commit together.
 */
export const queueCertificateNotice = (
  tx: DatabaseTransaction,
  { certificateId, event }: QueueCertificateNoticeOptions,
): Promise<void> => queueCertificateNotices(tx, { certificateIds: [certificateId], event });
