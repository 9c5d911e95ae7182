import { prisma, refreshAnalyticsSummaries } from "@vax/db";
import { type TAnalyticsRefreshInput, ZAnalyticsRefreshInput } from "../schemas/analytics";
import { type TActor, tenantOf } from "../shared/actor";

/** Options for {@link refreshAnalytics}. */
export type RefreshAnalyticsOptions = { actor: TActor; input: TAnalyticsRefreshInput; now?: Date };

/** What a refresh left standing. */
export type TAnalyticsRefreshView = { outcome: "refreshed" | "unchanged" | "busy"; refreshedAt: string | null };

/**
 * Recounts the actor's tenant's analytics figures now rather than at the worker's next turn; with
 * `force`, even when the rows look unchanged. Answers "busy" while another refresh of the tenant runs.
 */
export const refreshAnalytics = async ({
  actor,
  input,
  now = new Date(),
}: RefreshAnalyticsOptions): Promise<TAnalyticsRefreshView> => {
  const { force } = ZAnalyticsRefreshInput.parse(input);
  const { outcome, refreshedAt } = await refreshAnalyticsSummaries(prisma, { tenantId: tenantOf(actor), now, force });
  return { outcome, refreshedAt: refreshedAt?.toISOString() ?? null };
};
