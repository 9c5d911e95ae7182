import { prisma, refreshAnalyticsSummaries } from "@vax/db";

/** Options for {@link refreshEveryTenantAnalytics}. */
export type RefreshEveryTenantAnalyticsOptions = { now?: () => Date };

/** How one tenant's refresh went, for the worker's log. */
export type TTenantAnalyticsRefresh = { tenantId: string; outcome: "refreshed" | "unchanged" | "busy"; ms: number };

/**
 * Brings every active tenant's analytics summaries up to date, one tenant after another, so a
 * refresh never holds more than one tenant's recount open at a time.
 */
export const refreshEveryTenantAnalytics = async ({
  now = () => new Date(),
}: RefreshEveryTenantAnalyticsOptions = {}): Promise<TTenantAnalyticsRefresh[]> => {
  const tenants = await prisma.tenant.findMany({
    where: { active: true },
    select: { id: true },
    orderBy: { id: "asc" },
  });
  const results: TTenantAnalyticsRefresh[] = [];
  for (const { id } of tenants) {
    const started = performance.now();
    const { outcome } = await refreshAnalyticsSummaries(prisma, { tenantId: id, now: now() });
    results.push({ tenantId: id, outcome, ms: Math.round(performance.now() - started) });
  }
  return results;
};
