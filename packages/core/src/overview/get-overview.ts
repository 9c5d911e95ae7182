import { prisma } from "@vax/db";
import { type TActor, tenantFilter } from "../shared/actor";

/** Counts of what the tenant has set up and issued, for the portal's home page. */
export type TOverview = Record<
  "programmes" | "vaccines" | "facilities" | "vaccinators" | "recipients" | "certificates",
  number
>;

/** Options for {@link getOverview}. */
export type GetOverviewOptions = { actor: TActor };

/** The tenant's active set-up and totals. */
export const getOverview = async ({ actor }: GetOverviewOptions): Promise<TOverview> => {
  const tenant = tenantFilter(actor);
  const active = { ...tenant, active: true };
  const [programmes, vaccines, facilities, vaccinators, recipients, certificates] = await Promise.all([
    prisma.programme.count({ where: active }),
    prisma.vaccine.count({ where: active }),
    prisma.facility.count({ where: active }),
    prisma.vaccinator.count({ where: active }),
    prisma.recipient.count({ where: tenant }),
    prisma.certificate.count({ where: tenant }),
  ]);
  return { programmes, vaccines, facilities, vaccinators, recipients, certificates };
};
