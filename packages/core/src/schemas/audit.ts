import { z } from "zod";
import { ZListQuery } from "./list-query";

const exact = z.string().trim().max(100).optional();

/** The audit log's query: the list query's `q` and paging, and exact action, entity type or entity id. */
export const ZAuditQuery = ZListQuery.extend({ action: exact, entityType: exact, entityId: exact });

/** A parsed audit log query. */
export type TAuditQuery = z.output<typeof ZAuditQuery>;

/** One audit event as the audit log lists it: who did what to which record, and the record before and after. */
export const ZAuditEventView = z
  .object({
    id: z.string(),
    createdAt: z.iso.datetime(),
    actorType: z.string(),
    actorId: z.string().nullable(),
    actorLabel: z.string(),
    action: z.string(),
    entityType: z.string(),
    entityId: z.string(),
    before: z.unknown(),
    after: z.unknown(),
  })
  .meta({ id: "AuditEvent" });
