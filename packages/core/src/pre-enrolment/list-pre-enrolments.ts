import { prisma } from "@vax/db";
import type { TListQuery } from "../schemas/list-query";
import { normaliseIdentityNumber, normaliseMobile } from "../schemas/recipient";
import { type TActor, tenantOf } from "../shared/actor";
import { orderOf, pageWindow, type TPage } from "../shared/list-query";
import { preEnrolmentInclude, preEnrolmentView, type TPreEnrolmentView } from "./pre-enrolment-view";

const SORTABLE = ["code", "createdAt", "appointmentDate", "status"] as const;

/** Options for {@link listPreEnrolments}. */
export type ListPreEnrolmentsOptions = { actor: TActor; query: TListQuery };

// Codes and names are searched by part; numbers only whole, so a few digits list no strangers.
const searchOf = (q: string | undefined) =>
  q
    ? {
        OR: [
          { code: { contains: q.trim(), mode: "insensitive" as const } },
          { recipient: { name: { contains: q.trim(), mode: "insensitive" as const } } },
          { recipient: { identityNumber: normaliseIdentityNumber(q) } },
          { recipient: { mobile: normaliseMobile(q) } },
        ],
      }
    : {};

/**
 * A page of the tenant's pre-enrolments, newest first unless sorted otherwise, searched by code,
 * recipient name, or a whole identity or mobile number.
 */
export const listPreEnrolments = async ({
  actor,
  query,
}: ListPreEnrolmentsOptions): Promise<TPage<TPreEnrolmentView>> => {
  const where = { tenantId: tenantOf(actor), ...searchOf(query.q) };
  const sorted = query.sort ? query : { ...query, sort: "createdAt", order: "desc" as const };
  const [items, total] = await Promise.all([
    prisma.preEnrolment.findMany({
      where,
      orderBy: orderOf(sorted, SORTABLE, "createdAt"),
      ...pageWindow(query),
      include: preEnrolmentInclude,
    }),
    prisma.preEnrolment.count({ where }),
  ]);
  return { items: items.map(preEnrolmentView), total, page: query.page, pageSize: query.pageSize };
};
