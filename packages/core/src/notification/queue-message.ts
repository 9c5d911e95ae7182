import { env } from "@vax/config/env";
import { bulkInsert, type DatabaseTransaction, type Prisma, type TBulkColumn, uuid7 } from "@vax/db";

/** Where a message goes: a mobile number for an SMS, an e-mail address for an e-mail, or both. */
export type TMessageAddress = { mobile?: string; email?: string };

/** Options for {@link queueMessage}. */
export type QueueMessageOptions = {
  tenantId: string;
  to: TMessageAddress;
  subject: string;
  body: string;
  /** The certificate (its row id) the message is about, for the record; no PDF is attached. */
  certificateId?: string;
};

/** One outbox row to write: an e-mail or an SMS. */
export type TOutboxMessage = Pick<
  Prisma.NotificationCreateManyInput,
  "tenantId" | "channel" | "to" | "subject" | "body" | "certificateId" | "attachCertificatePdf" | "createdAt"
>;

// The Notification columns of outbox rows, checked against Prisma's create input: one statement for a
// thousand-certificate batch's notices, where createMany's per-value work took longer than the insert.
const outboxColumns = (now: string) =>
  ({
    id: ["text", () => uuid7()],
    tenantId: ["text", (row) => row.tenantId ?? null],
    channel: ['"NotificationChannel"', (row) => row.channel],
    to: ["text", (row) => row.to],
    subject: ["text", (row) => row.subject ?? ""],
    body: ["text", (row) => row.body],
    certificateId: ["text", (row) => row.certificateId ?? null],
    attachCertificatePdf: ["bool", (row) => String(row.attachCertificatePdf ?? false)],
    createdAt: ["timestamp(3)", (row) => (row.createdAt ? new Date(row.createdAt).toISOString() : now)],
  }) satisfies Partial<Record<keyof Prisma.NotificationCreateManyInput, TBulkColumn<TOutboxMessage>>>;

/** The outbox rows of one message to an address: an e-mail when it has an e-mail address, an SMS when it has a number. */
export const outboxMessages = (
  to: TMessageAddress,
  message: { email: Pick<TOutboxMessage, "subject" | "body" | "attachCertificatePdf">; sms: string },
  common: Pick<TOutboxMessage, "tenantId" | "certificateId" | "createdAt">,
): TOutboxMessage[] => [
  ...(to.email?.trim() ? [{ ...common, ...message.email, channel: "EMAIL" as const, to: to.email.trim() }] : []),
  ...(to.mobile?.trim() ? [{ ...common, channel: "SMS" as const, to: to.mobile.trim(), body: message.sms }] : []),
];

/** Writes outbox rows in the caller's transaction and, in demo mode, says in the log what was written. */
export const writeOutbox = async (tx: DatabaseTransaction, rows: TOutboxMessage[]): Promise<void> => {
  if (rows.length === 0) return;
  await bulkInsert(tx, "Notification", outboxColumns(new Date().toISOString()), rows);
  // Demo mode only: the log is where a demo's messages are read when no sender is set.
  if (env.VAX_DEMO) {
    for (const row of rows)
      console.info(`[outbox] ${row.channel === "EMAIL" ? "E-mail" : "SMS"} to ${row.to}: ${row.subject || row.body}`);
  }
};

/**
 * Queues a free-text notice (a decision on a correction request, say) inside the caller's
 * transaction `tx`, so the decision and its notice commit together: an e-mail to `to.email` and an
 * SMS to `to.mobile`, whichever are given. The notification worker sends them.
 */
export const queueMessage = async (
  tx: DatabaseTransaction,
  { tenantId, to, subject, body, certificateId }: QueueMessageOptions,
): Promise<void> => {
  const sms = subject ? `${subject}: ${body}` : body;
  await writeOutbox(
    tx,
    outboxMessages(
      to,
      { email: { subject, body, attachCertificatePdf: false }, sms },
      {
        tenantId,
        certificateId: certificateId ?? null,
      },
    ),
  );
};
