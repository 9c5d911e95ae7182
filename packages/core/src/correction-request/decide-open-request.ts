import type { DatabaseTransaction } from "@vax/db";
import { AppError } from "../errors";
import { type TActor, tenantFilter } from "../shared/actor";

/** What deciding a request writes besides its state. */
export type TDecision = { rejectionReason?: string; resultCertificateId?: string };

/**
 * Moves an open request of the actor's tenant to its decided state by one conditional UPDATE, so of
 * two admins deciding at once exactly one wins and the other is told it was already decided. A
 * request of another tenant is not found.
 */
export const decideOpenRequest = async (
  tx: DatabaseTransaction,
  {
    actor,
    id,
    status,
    decision,
    now,
  }: {
    actor: TActor;
    id: string;
    status: "APPROVED" | "REJECTED";
    decision: TDecision;
    now: Date;
  },
): Promise<void> => {
  const where = { id, ...tenantFilter(actor, "change") };
  const decided = await tx.correctionRequest.updateMany({
    where: { ...where, status: "OPEN" },
    data: {
      ...decision,
      status,
      openSlot: null,
      decidedById: actor.type === "USER" ? actor.id : null,
      decidedAt: now,
    },
  });
  if (decided.count === 1) return;
  const existing = await tx.correctionRequest.findFirst({ where, select: { status: true } });
  if (!existing) throw new AppError("NOT_FOUND", "There is no correction request with this id");
  throw new AppError("CONFLICT", `This request has already been ${existing.status.toLowerCase()}`);
};
