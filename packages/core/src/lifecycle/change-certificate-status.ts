import { changeStatusBits, type DatabaseTransaction, prisma } from "@vax/db";
import { AppError } from "../errors";
import type { TCertificateEvent } from "../notification/certificate-notice-text";
import { queueCertificateNotices } from "../notification/queue-certificate-notice";
import type { TActor } from "../shared/actor";
import { recordAudits } from "../shared/audit";
import { certificateStatusView, type TCertificateStatusView } from "./certificate-status-view";
import { slotOf, successorOf, type TTarget } from "./certificate-target";
import { decideStatusChange, type TStatusChange, type TStatusChangeKind } from "./status-transitions";

/**
 * The options of a status change's transaction: many changes at once wait their turn for a
 * connection (Prisma's default gives up after 2 s), and the transaction itself is three statements.
 */
export const STATUS_CHANGE_TRANSACTION = { maxWait: 30_000, timeout: 15_000 } as const;

// What the holder is told for each status a change leaves a certificate in.
const NOTICE_OF_STATUS: Partial<Record<TStatusChange["to"], TCertificateEvent>> = {
  REVOKED: "revoked",
  SUSPENDED: "suspended",
  ACTIVE: "reinstated",
};

/** One change to apply: the certificate as read, and what the rules decided for it. */
export type TDecidedChange = { target: TTarget; change: TStatusChange };

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

/** Options for {@link applyStatusChanges}. */
export type ApplyStatusChangesOptions = {
  actor: TActor;
  changes: TDecidedChange[];
  reason: string;
  now: Date;
};

/**
 * Applies decided changes inside the caller's transaction: each certificate's row (only if its
 * status is still the one read, so two changes at once cannot both pass), an audit event with who,
 * why, and the status before and after, the bits in the tenant's status lists, and the holders' notices.
 */
export const applyStatusChanges = async (
  tx: DatabaseTransaction,
  { actor, changes, reason, now }: ApplyStatusChangesOptions,
): Promise<TCertificateStatusView[]> => {
  for (const { target, change } of changes) {
    const moved = await tx.certificate.updateMany({
      where: { id: target.id, status: target.status },
      data: { status: change.to, statusReason: reason, suspendedUntil: change.suspendedUntil, updatedAt: now },
    });
    if (moved.count !== 1) {
      throw new AppError(
        "CONFLICT",
        `Certificate ${target.certificateId} was changed by someone else at the same moment; look at it again`,
      );
    }
  }
  await recordAudits(
    tx,
    actor,
    changes.map(({ target, change }) => ({
      tenantId: target.tenantId,
      action: change.action,
      entityType: "Certificate",
      entityId: target.id,
      before: {
        certificateId: target.certificateId,
        status: target.status,
        reason: target.statusReason,
        suspendedUntil: target.suspendedUntil?.toISOString() ?? null,
      },
      after: {
        certificateId: target.certificateId,
        status: change.to,
        reason,
        suspendedUntil: change.suspendedUntil?.toISOString() ?? null,
      },
    })),
  );
  // In the same transaction, so that a change and the holder's notice of it commit together.
  for (const event of new Set(changes.flatMap(({ change }) => NOTICE_OF_STATUS[change.to] ?? []))) {
    const certificateIds = changes
      .filter(({ change }) => NOTICE_OF_STATUS[change.to] === event)
      .map(({ target }) => target.id);
    await queueCertificateNotices(tx, { certificateIds, event });
  }
  const tenants = new Set(changes.map(({ target }) => target.tenantId));
  // Last, so the list rows every change shares are locked only for the commit that follows.
  for (const tenantId of tenants) {
    await changeStatusBits(tx, {
      tenantId,
      at: now,
      changes: changes
        .filter(({ target }) => target.tenantId === tenantId)
        .flatMap(({ target, change }) =>
          change.bits.map(({ purpose, value }) => ({ ...slotOf(target), purpose, value })),
        ),
    });
  }
  return changes.map(({ target, change }) =>
    certificateStatusView({
      ...target,
      status: change.to,
      statusReason: reason,
      suspendedUntil: change.suspendedUntil,
      updatedAt: now,
    }),
  );
};

/** Options for {@link changeCertificateStatus}. */
export type ChangeCertificateStatusOptions = DecideChangeOptions & { actor: TActor; reason: string; now: Date };

/**
 * Changes one certificate's status in a transaction of its own: decided first from the row as
 * read, then applied by {@link applyStatusChanges}. CONFLICT, naming the reason, when the rules
 * refuse it or another change got there first.
 */
export const changeCertificateStatus = async ({
  actor,
  reason,
  now,
  ...decision
}: ChangeCertificateStatusOptions): Promise<TCertificateStatusView> => {
  const decided = await decideChange(decision);
  const [view] = await prisma.$transaction(
    (tx) => applyStatusChanges(tx, { actor, changes: [decided], reason, now }),
    STATUS_CHANGE_TRANSACTION,
  );
  return view as TCertificateStatusView;
};
