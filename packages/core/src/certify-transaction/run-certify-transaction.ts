import { type CertifyTransaction, type CertifyTransactionStatus, prisma } from "@vax/db";
import { certifyBatch } from "../certification/certify-batch";
import { AppError } from "../errors";
import { ZCertifyBatch } from "../schemas/certify";
import type { TActor } from "../shared/actor";

/** Tries per transaction before it is left FAILED for good. */
export const MAX_CERTIFY_ATTEMPTS = 5;

/** Options for {@link runCertifyTransaction}. */
export type RunCertifyTransactionOptions = { id: string; maxAttempts?: number; now?: Date };

/**
 * How a try went: certified; refused (the row errors are stored); failed with tries left (the
 * queue tries again later); or skipped (finished before, or taken by another worker).
 */
export type TCertifyOutcome = "done" | "failed" | "retry" | "skipped";

type TRow = CertifyTransaction;

type TError = { path: string; message: string };

const describe = (error: unknown): string => (error instanceof Error ? error.message : String(error)).slice(0, 300);

// Refusals the caller must act on end the transaction; a busy rate or a failing server is worth another try.
const isFinal = (error: unknown): error is AppError =>
  error instanceof AppError && error.code !== "RATE_LIMITED" && error.code !== "INTERNAL";

const errorsOf = (error: AppError): TError[] =>
  error.details.length ? error.details : [{ path: "", message: error.message }];

const actorOf = (row: TRow): TActor => ({
  type: "API_CLIENT",
  id: row.apiClientId,
  label: row.actorLabel,
  tenantId: row.tenantId,
  role: null,
  facilityId: null,
});

/**
 * Ends a transaction, and when its API client has a webhook, writes the callback to deliver in
 * the same database transaction, so a finished transaction is never left without its callback.
 */
const finish = async (
  row: TRow,
  status: Extract<CertifyTransactionStatus, "DONE" | "FAILED">,
  result: { certificateIds?: string[]; errors?: TError[] },
  now: Date,
) =>
  prisma.$transaction(async (tx) => {
    const ended = await tx.certifyTransaction.updateMany({
      where: { id: row.id, status: "RUNNING" },
      data: { status, certificateIds: result.certificateIds ?? [], errors: result.errors, finishedAt: now },
    });
    if (ended.count !== 1) return;
    const webhook = await tx.apiClientWebhook.findUnique({ where: { apiClientId: row.apiClientId } });
    if (!webhook) return;
    await tx.webhookDelivery.create({
      data: { tenantId: row.tenantId, apiClientId: row.apiClientId, transactionId: row.id, url: webhook.url },
    });
  });

const certify = async (row: TRow) => {
  // Read on its own: joined to the row, Prisma would carry the thousand requests through JSON once more.
  const apiClient = await prisma.apiClient.findUnique({ where: { id: row.apiClientId }, select: { active: true } });
  if (!apiClient?.active) throw new AppError("FORBIDDEN", "The API client was deactivated before it was certified");
  const parsed = ZCertifyBatch.safeParse(row.requests);
  if (!parsed.success) throw new AppError("VALIDATION_FAILED", "The stored requests no longer pass the certify schema");
  return certifyBatch({
    actor: actorOf(row),
    requests: parsed.data,
    idempotencyKey: row.idempotencyKey,
    allowanceTaken: true,
  });
};

/**
 * Certifies one asynchronous certify transaction with the same use case the synchronous call
 * runs, so a repeated dose answers with the certificate issued before, by either path. That is
 * also why a try after a worker died mid-way issues nothing twice: the doses it stored are found
 * and answered. The try is claimed by a conditional update on the row's status and attempt count;
 * the certificates' ids or the row errors are stored, and after the last failed try the
 * transaction is left FAILED with a reason that discloses nothing of the server.
 */
export const runCertifyTransaction = async ({
  id,
  maxAttempts = MAX_CERTIFY_ATTEMPTS,
  now = new Date(),
}: RunCertifyTransactionOptions): Promise<TCertifyOutcome> => {
  const row = await prisma.certifyTransaction.findUnique({ where: { id } });
  if (!row || row.status === "DONE" || row.status === "FAILED") return "skipped";
  // A RUNNING row is taken again only when its worker stopped mid-try and the queue handed its job on.
  const claimed = await prisma.certifyTransaction.updateMany({
    where: { id, status: row.status, attempts: row.attempts },
    data: { status: "RUNNING", attempts: { increment: 1 } },
  });
  if (claimed.count !== 1) return "skipped";
  const running = { ...row, status: "RUNNING" as const };
  try {
    const certificates = await certify(running);
    await finish(running, "DONE", { certificateIds: certificates.map((dose) => dose.certificateId) }, now);
    return "done";
  } catch (error) {
    if (isFinal(error)) {
      await finish(running, "FAILED", { errors: errorsOf(error) }, now);
      return "failed";
    }
    console.warn(`[certify] Transaction ${id} try ${row.attempts + 1} failed: ${describe(error)}`);
    if (row.attempts + 1 < maxAttempts) return "retry";
    await finish(
      running,
      "FAILED",
      { errors: [{ path: "", message: "The server could not certify this batch; send it again" }] },
      now,
    );
    return "failed";
  }
};
