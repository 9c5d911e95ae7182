import type { DatabaseTransaction, Prisma } from "@vax/db";
import type { TActor } from "./actor";

/** What changed, for the audit log. */
export type TAuditEntry = {
  /** The tenant the event belongs to, when not the actor's own: a citizen belongs to none, their certificate does. */
  tenantId?: string | null;
  action: string;
  entityType: string;
  entityId: string;
  before?: unknown;
  after?: unknown;
};

const asJson = (value: unknown) =>
  value === undefined ? undefined : (JSON.parse(JSON.stringify(value)) as Prisma.InputJsonValue);

const auditRow = (actor: TActor, entry: TAuditEntry) => ({
  tenantId: entry.tenantId ?? actor.tenantId,
  actorType: actor.type,
  actorId: actor.type === "USER" ? actor.id : null,
  actorLabel: actor.label,
  action: entry.action,
  entityType: entry.entityType,
  entityId: entry.entityId,
  before: asJson(entry.before),
  after: asJson(entry.after),
});

/** Writes an audit event inside the transaction that made the change, so neither exists without the other. */
export const recordAudit = (tx: DatabaseTransaction, actor: TActor, entry: TAuditEntry) =>
  tx.auditEvent.create({ data: auditRow(actor, entry) });

/** Writes many audit events in one statement, for batch changes, inside the transaction that made them. */
export const recordAudits = (tx: DatabaseTransaction, actor: TActor, entries: TAuditEntry[]) =>
  recordAuditsOfActors(
    tx,
    entries.map((entry) => ({ actor, entry })),
  );

/** Writes the audit events of changes several actors asked for in one statement, inside the transaction that made them. */
export const recordAuditsOfActors = (tx: DatabaseTransaction, entries: Array<{ actor: TActor; entry: TAuditEntry }>) =>
  tx.auditEvent.createMany({ data: entries.map(({ actor, entry }) => auditRow(actor, entry)) });
