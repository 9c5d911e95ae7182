import type { DatabaseTransaction } from "@vax/db";
import { AppError } from "../errors";
import type { TDecidedChange } from "./apply-status-changes";
import { slotOf, successorOf, type TTarget } from "./certificate-target";
import { decideStatusChange, type TStatusChangeKind } from "./status-transitions";

/** Options for {@link decideChange}. */
export type DecideChangeOptions = { target: TTarget; kind: TStatusChangeKind; until?: Date | null };

/**
 * Decides a change of one certificate's status, or refuses it with CONFLICT naming the reason
 * (UNPROCESSABLE for a certificate without a status slot, whose change could not be published).
 */
export const decideChange = async (
  db: DatabaseTransaction,
  { target, kind, until = null }: DecideChangeOptions,
): Promise<TDecidedChange> => {
  const successorId = target.status === "SUPERSEDED" ? await successorOf(db, target.id) : null;
  const change = decideStatusChange(kind, { ...target, successorId }, until);
  if ("refusal" in change) throw new AppError("CONFLICT", change.refusal);
  slotOf(target);
  return { target, change };
};
