import { prisma } from "@vax/db";
import { type TActor, tenantFilter } from "../shared/actor";

/**
 * The instant the actor's figures are true of: their tenant's last refresh (for a platform admin,
 * the stalest tenant's); null when never refreshed.
 */
export const analyticsFreshness = async (actor: TActor): Promise<Date | null> => {
  const { _min } = await prisma.analyticsRefresh.aggregate({ where: tenantFilter(actor), _min: { refreshedAt: true } });
  return _min.refreshedAt;
};
