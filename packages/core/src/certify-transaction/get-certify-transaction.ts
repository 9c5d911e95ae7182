import { prisma } from "@vax/db";
import { AppError } from "../errors";
import type { TCertifyTransactionAnswer } from "../schemas/certify-transaction";
import { type TActor, tenantOf } from "../shared/actor";
import { transactionAnswer } from "./transaction-answer";

/** Options for {@link getCertifyTransaction}. */
export type GetCertifyTransactionOptions = { actor: TActor; id: string };

/**
 * An asynchronous certify transaction's state, and its certificates or row errors once finished,
 * for an API client of its tenant; another tenant's transaction is NOT_FOUND.
 */
export const getCertifyTransaction = async ({
  actor,
  id,
}: GetCertifyTransactionOptions): Promise<TCertifyTransactionAnswer> => {
  const tenantId = tenantOf(actor);
  const row = await prisma.certifyTransaction.findFirst({
    where: { id, tenantId },
    select: { tenantId: true, status: true, requests: true, certificateIds: true, errors: true },
  });
  if (!row) throw new AppError("NOT_FOUND", "No transaction with this id");
  return transactionAnswer(row);
};
