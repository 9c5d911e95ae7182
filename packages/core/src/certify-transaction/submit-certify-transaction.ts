import { createHash } from "node:crypto";
import { type Prisma, prisma } from "@vax/db";
import { takeCertifyAllowance } from "../certification/certify-allowance";
import { certificationRequestHash } from "../certification/request-hash";
import { AppError } from "../errors";
import type { TCertificationRequest } from "../schemas/certify";
import { type TActor, tenantOf } from "../shared/actor";
import { isUniqueViolation } from "../shared/unique-violation";

/** Options for {@link submitCertifyTransaction}. */
export type SubmitCertifyTransactionOptions = {
  actor: TActor;
  /** The certification requests, already parsed by the certify schema. */
  requests: TCertificationRequest[];
  /** The caller's `Idempotency-Key`: the same key answers with the same transaction. */
  idempotencyKey: string | null;
};

// The batch's hash, made of its rows' so a row hashes as the synchronous path hashes it.
const batchHash = (requests: TCertificationRequest[]) =>
  createHash("sha256").update(requests.map(certificationRequestHash).join("\n")).digest("hex");

const findByKey = (apiClientId: string, idempotencyKey: string) =>
  prisma.certifyTransaction.findUnique({
    where: { apiClientId_idempotencyKey: { apiClientId, idempotencyKey } },
    select: { id: true, requestHash: true },
  });

const repeatOf = (stored: { id: string; requestHash: string }, requestHash: string) => {
  if (stored.requestHash !== requestHash) {
    throw new AppError(
      "CONFLICT",
      "This Idempotency-Key was used before with a different request; send that request again, or use a new key",
    );
  }
  return { transactionId: stored.id };
};

/**
 * Accepts a certify batch for an API client to certify later, in a worker, and answers with the
 * transaction to ask about. Nothing is certified here: the worker runs the same use case as the
 * synchronous call, so its rules, row errors and idempotency are the same. A repeat under the same
 * Idempotency-Key answers with the first transaction; another body under a used key is a CONFLICT.
 * The rows are taken from the client's certify allowance now (RATE_LIMITED past it), not again
 * when certified.
 */
export const submitCertifyTransaction = async ({
  actor,
  requests,
  idempotencyKey,
}: SubmitCertifyTransactionOptions): Promise<{ transactionId: string }> => {
  const tenantId = tenantOf(actor);
  if (actor.type !== "API_CLIENT" || !actor.id) throw new AppError("FORBIDDEN", "Only an API client may certify");
  const apiClientId = actor.id;
  const requestHash = batchHash(requests);
  if (idempotencyKey) {
    const stored = await findByKey(apiClientId, idempotencyKey);
    if (stored) return repeatOf(stored, requestHash);
  }
  // Taken when accepted, as the synchronous call takes it, so a client cannot queue past its rate.
  await takeCertifyAllowance({ apiClientId, rows: requests.length });
  try {
    const created = await prisma.certifyTransaction.create({
      data: {
        tenantId,
        apiClientId,
        actorLabel: actor.label,
        idempotencyKey,
        requestHash,
        requests: requests as unknown as Prisma.InputJsonValue,
      },
      select: { id: true },
    });
    return { transactionId: created.id };
  } catch (error) {
    // Two calls under one key at once: the one stored first is the transaction of both.
    const stored = idempotencyKey && isUniqueViolation(error) ? await findByKey(apiClientId, idempotencyKey) : null;
    if (!stored) throw error;
    return repeatOf(stored, requestHash);
  }
};
