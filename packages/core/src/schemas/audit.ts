import { z } from "zod";
import { ZListQuery } from "./list-query";

const exact = z.string().trim().max(100).optional();

/** The audit log's query: the list query's `q` and paging, and exact action, entity type or entity id. */
export const ZAuditQuery = ZListQuery.extend({ action: exact, entityType: exact, entityId: exact });

/** A parsed audit log query. */
export type TAuditQuery = z.output<typeof ZAuditQuery>;
