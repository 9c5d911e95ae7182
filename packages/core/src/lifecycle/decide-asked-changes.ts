import type { DatabaseTransaction } from "@vax/db";
import { AppError } from "../errors";
import type { TActor } from "../shared/actor";
import type { TStatusChangeRequest } from "./apply-status-changes";
import { findTargets, notTheirs, storedCertificateId, type TTarget } from "./certificate-target";
import { decideChange } from "./change-certificate-status";
import type { TStatusChangeKind } from "./status-transitions";

/**
 * A change of status someone asked for: of a certificate named by its printed id (read with the
 * caller's rights), or of one already read (the suspension sweep's).
 */
export type TStatusChangeAsk = {
  actor: TActor;
  kind: TStatusChangeKind;
  until?: Date | null;
  reason: string;
  now: Date;
} & ({ certificateId: string } | { target: TTarget });

// Asks with the same rights read their certificates in one query.
const rightsOf = ({ type, id, tenantId, role, facilityId }: TActor) =>
  JSON.stringify([type, id, tenantId, role, facilityId]);

const targetsOf = async (db: DatabaseTransaction, asks: TStatusChangeAsk[]) => {
  const groups = new Map<string, { actor: TActor; certificateIds: string[] }>();
  for (const ask of asks) {
    if (!("certificateId" in ask)) continue;
    const group = groups.get(rightsOf(ask.actor)) ?? { actor: ask.actor, certificateIds: [] };
    group.certificateIds.push(ask.certificateId);
    groups.set(rightsOf(ask.actor), group);
  }
  const found = new Map<string, Map<string, TTarget>>();
  for (const [rights, { actor, certificateIds }] of groups) {
    found.set(rights, await findTargets(db, actor, certificateIds));
  }
  return (ask: TStatusChangeAsk): TTarget | undefined =>
    "target" in ask ? ask.target : found.get(rightsOf(ask.actor))?.get(storedCertificateId(ask.certificateId));
};

/**
 * Reads the certificates of many asks at once and decides each change by the rules: the request to
 * apply, or why not (NOT_FOUND for a certificate that is not the caller's, CONFLICT for a change the
 * rules refuse), in the order asked.
 */
export const decideAskedChanges = async (
  db: DatabaseTransaction,
  asks: TStatusChangeAsk[],
): Promise<Array<TStatusChangeRequest | AppError>> => {
  const targetOf = await targetsOf(db, asks);
  const decisions: Array<TStatusChangeRequest | AppError> = [];
  for (const ask of asks) {
    const target = targetOf(ask);
    if (!target) {
      decisions.push(notTheirs("certificateId" in ask ? ask.certificateId : ""));
      continue;
    }
    try {
      const decided = await decideChange(db, { target, kind: ask.kind, until: ask.until ?? null });
      decisions.push({ ...decided, actor: ask.actor, reason: ask.reason, now: ask.now });
    } catch (error) {
      if (!(error instanceof AppError)) throw error;
      decisions.push(error);
    }
  }
  return decisions;
};
