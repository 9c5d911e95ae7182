import { changeStatusBits, type DatabaseTransaction } from "@vax/db";
import { AppError } from "../errors";
import type { TCertificateEvent } from "../notification/certificate-notice-text";
import { queueCertificateNotices } from "../notification/queue-certificate-notice";
import type { TActor } from "../shared/actor";
import { recordAuditsOfActors } from "../shared/audit";
import { certificateStatusView, type TCertificateStatusView } from "./certificate-status-view";
import { slotOf, type TTarget } from "./certificate-target";
import type { TStatusChange } from "./status-transitions";

/** One change to apply: the certificate as read, and what the rules decided for it. */
export type TDecidedChange = { target: TTarget; change: TStatusChange };

/** A decided change with who asked for it, why, and when. */
export type TStatusChangeRequest = TDecidedChange & { actor: TActor; reason: string; now: Date };

/** What became of one requested change: the certificate as it now is, or why it was not changed. */
export type TStatusChangeOutcome = { view: TCertificateStatusView } | { refused: AppError };

// What the holder is told for each status a change leaves a certificate in.
const NOTICE_OF_STATUS: Partial<Record<TStatusChange["to"], TCertificateEvent>> = {
  REVOKED: "revoked",
  SUSPENDED: "suspended",
  ACTIVE: "reinstated",
};

const auditEntry = ({ actor, target, change, reason }: TStatusChangeRequest) => ({
  actor,
  entry: {
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
  },
});

const queueNotices = async (tx: DatabaseTransaction, applied: TStatusChangeRequest[]) => {
  for (const event of new Set(applied.flatMap(({ change }) => NOTICE_OF_STATUS[change.to] ?? []))) {
    const certificateIds = applied
      .filter(({ change }) => NOTICE_OF_STATUS[change.to] === event)
      .map(({ target }) => target.id);
    await queueCertificateNotices(tx, { certificateIds, event });
  }
};

const publishBits = async (tx: DatabaseTransaction, applied: TStatusChangeRequest[]) => {
  for (const tenantId of new Set(applied.map(({ target }) => target.tenantId))) {
    const ofTenant = applied.filter(({ target }) => target.tenantId === tenantId);
    await changeStatusBits(tx, {
      tenantId,
      at: new Date(Math.max(...ofTenant.map(({ now }) => now.getTime()))),
      changes: ofTenant.flatMap(({ target, change }) =>
        change.bits.map(({ purpose, value }) => ({ ...slotOf(target), purpose, value })),
      ),
    });
  }
};

/**
 * Applies requested changes inside the caller's transaction, each as its own: the certificate's row
 * moves only if its status is still the one read, so of two changes at once (in this batch or
 * another) one is refused with CONFLICT and the others go on. For those that moved: an audit event
 * each with who, why, and the status before and after; the holders' notices; and the bits in the
 * tenants' status lists, written last so the list rows are locked only for the commit that follows.
 */
export const applyStatusChangeRequests = async (
  tx: DatabaseTransaction,
  requests: TStatusChangeRequest[],
): Promise<TStatusChangeOutcome[]> => {
  const outcomes: TStatusChangeOutcome[] = [];
  const applied: TStatusChangeRequest[] = [];
  for (const request of requests) {
    const { target, change, reason, now } = request;
    const moved = await tx.certificate.updateMany({
      where: { id: target.id, status: target.status },
      data: { status: change.to, statusReason: reason, suspendedUntil: change.suspendedUntil, updatedAt: now },
    });
    if (moved.count !== 1) {
      outcomes.push({
        refused: new AppError(
          "CONFLICT",
          `Certificate ${target.certificateId} was changed by someone else at the same moment; look at it again`,
        ),
      });
      continue;
    }
    applied.push(request);
    outcomes.push({
      view: certificateStatusView({
        ...target,
        status: change.to,
        statusReason: reason,
        suspendedUntil: change.suspendedUntil,
        updatedAt: now,
      }),
    });
  }
  if (applied.length) {
    await recordAuditsOfActors(tx, applied.map(auditEntry));
    // In the same transaction, so that a change and the holder's notice of it commit together.
    await queueNotices(tx, applied);
    await publishBits(tx, applied);
  }
  return outcomes;
};

/** Options for {@link applyStatusChanges}. */
export type ApplyStatusChangesOptions = { actor: TActor; changes: TDecidedChange[]; reason: string; now: Date };

/**
 * Applies decided changes of one actor inside the caller's transaction, all or none: the first
 * refusal (another change got to a certificate first) throws, so the transaction keeps nothing.
 */
export const applyStatusChanges = async (
  tx: DatabaseTransaction,
  { actor, changes, reason, now }: ApplyStatusChangesOptions,
): Promise<TCertificateStatusView[]> => {
  const outcomes = await applyStatusChangeRequests(
    tx,
    changes.map((decided) => ({ ...decided, actor, reason, now })),
  );
  return outcomes.map((outcome) => {
    if ("refused" in outcome) throw outcome.refused;
    return outcome.view;
  });
};
