import { prisma } from "@vax/db";
import { AppError } from "../errors";
import type { TActor } from "../shared/actor";
import type { TDecidedChange } from "./apply-status-changes";
import type { TCertificateStatusView } from "./certificate-status-view";
import { slotOf, successorOf, type TTarget } from "./certificate-target";
import { commitStatusChange } from "./status-change-queue";
import { decideStatusChange, type TStatusChangeKind } from "./status-transitions";

/** Options for {@link decideChange}. */
export type DecideChangeOptions = { target: TTarget; kind: TStatusChangeKind; until?: Date | null };

/** Decides a change of one certificate's status, or refuses it with CONFLICT naming the reason. */
export const decideChange = async ({ target, kind, until = null }: DecideChangeOptions): Promise<TDecidedChange> => {
  const successorId = target.status === "SUPERSEDED" ? await successorOf(prisma, target.id) : null;
  const change = decideStatusChange(kind, { ...target, successorId }, until);
  if ("refusal" in change) throw new AppError("CONFLICT", change.refusal);
  slotOf(target);
  return { target, change };
};

/** Options for {@link changeCertificateStatus}. */
export type ChangeCertificateStatusOptions = DecideChangeOptions & { actor: TActor; reason: string; now: Date };

/**
 * Changes one certificate's status: decided from the row as read, then committed with its audit
 * event, notice and bits by {@link commitStatusChange}. CONFLICT, naming the reason, when the rules
 * refuse it or another change got there first.
 */
export const changeCertificateStatus = async ({
  actor,
  reason,
  now,
  ...decision
}: ChangeCertificateStatusOptions): Promise<TCertificateStatusView> =>
  commitStatusChange({ ...(await decideChange(decision)), actor, reason, now });
