import { prisma } from "@vax/db";
import { AppError } from "../errors";
import type { TActor } from "../shared/actor";
import { type TTarget, targetSelect } from "./certificate-target";
import { commitStatusChange } from "./status-change-queue";

/** Options for {@link liftExpiredSuspensions}. */
export type LiftExpiredSuspensionsOptions = { now?: Date };

const BATCH = 200;

const system = (tenantId: string): TActor => ({
  type: "SYSTEM",
  id: null,
  label: "Suspension end date",
  tenantId,
  role: null,
  facilityId: null,
});

/**
 * Ends every suspension whose `suspendedUntil` has passed: the certificate is active again and its
 * suspension bit cleared, audited as the system's doing. Each certificate's change stands alone,
 * so one that a person reinstated or revoked meanwhile (CONFLICT) is passed over without holding
 * back the others. Returns how many were lifted.
 */
export const liftExpiredSuspensions = async ({ now = new Date() }: LiftExpiredSuspensionsOptions = {}) => {
  let lifted = 0;
  const passedOver: string[] = [];
  for (;;) {
    const due = await prisma.certificate.findMany({
      where: { status: "SUSPENDED", suspendedUntil: { lte: now }, id: { notIn: passedOver } },
      select: targetSelect,
      orderBy: { suspendedUntil: "asc" },
      take: BATCH,
    });
    if (!due.length) return lifted;
    // Asked for all at once, so they commit in a few batches rather than one transaction each.
    const outcomes = await Promise.allSettled(
      due.map((target) =>
        commitStatusChange({
          actor: system(target.tenantId),
          target,
          kind: "lift",
          reason: `The suspension ended at ${target.suspendedUntil?.toISOString()}`,
          now,
        }),
      ),
    );
    for (const [at, outcome] of outcomes.entries()) {
      if (outcome.status === "fulfilled") lifted++;
      else if (outcome.reason instanceof AppError) passedOver.push((due[at] as TTarget).id);
      else throw outcome.reason;
    }
  }
};
