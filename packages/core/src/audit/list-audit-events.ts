import { type Prisma, prisma } from "@vax/db";
import type { TAuditQuery } from "../schemas/audit";
import { type TActor, tenantFilter } from "../shared/actor";
import { pageWindow, searchAny, type TPage } from "../shared/list-query";

/** One audit event as the audit log shows it. */
export type TAuditEventView = {
  id: string;
  createdAt: Date;
  actorType: string;
  actorId: string | null;
  actorLabel: string;
  action: string;
  entityType: string;
  entityId: string;
  before: unknown;
  after: unknown;
};

/** The columns of an audit event's view. */
export const auditEventSelect = {
  id: true,
  createdAt: true,
  actorType: true,
  actorId: true,
  actorLabel: true,
  action: true,
  entityType: true,
  entityId: true,
  before: true,
  after: true,
} satisfies Prisma.AuditEventSelect;

/** Options for {@link listAuditEvents}. */
export type ListAuditEventsOptions = { actor: TActor; query: TAuditQuery };

/**
 * A page of the tenant's audit events, newest first whatever sort is asked (a log reads from the
 * latest change), searched by action, entity type, entity id or actor.
 */
export const listAuditEvents = async ({ actor, query }: ListAuditEventsOptions): Promise<TPage<TAuditEventView>> => {
  const where = {
    ...tenantFilter(actor),
    ...searchAny(query.q, ["action", "entityType", "entityId", "actorLabel"] as const),
    ...(query.action ? { action: query.action } : {}),
    ...(query.entityType ? { entityType: query.entityType } : {}),
    ...(query.entityId ? { entityId: query.entityId } : {}),
  };
  const [items, total] = await Promise.all([
    prisma.auditEvent.findMany({
      where,
      orderBy: [{ createdAt: "desc" }, { id: "desc" }],
      ...pageWindow(query),
      select: auditEventSelect,
    }),
    prisma.auditEvent.count({ where }),
  ]);
  return { items, total, page: query.page, pageSize: query.pageSize };
};
