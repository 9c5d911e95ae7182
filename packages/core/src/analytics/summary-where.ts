import { type TActor, tenantFilter } from "../shared/actor";
import type { TAnalyticsRange } from "./analytics-range";

/**
 * The `where` of a query on the analytics summary tables: the actor's tenant (every tenant for a
 * platform admin, as the rest of the portal reads), the programme when one is chosen, and the days.
 */
export const summaryWhere = (actor: TActor, { programmeId, from, to }: TAnalyticsRange) => ({
  ...tenantFilter(actor),
  ...(programmeId ? { programmeId } : {}),
  day: { gte: new Date(from), lte: new Date(to) },
});
