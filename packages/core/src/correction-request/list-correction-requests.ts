import { type Prisma, prisma } from "@vax/db";
import { maskedMobile } from "../citizen/mobile-number";
import type { TCorrectionRequestQuery } from "../schemas/correction-request";
import { type TActor, tenantFilter } from "../shared/actor";
import { pageWindow, type TPage } from "../shared/list-query";
import {
  correctionRequestInclude,
  correctionRequestView,
  type TCorrectionRequestView,
} from "./correction-request-view";

/** Options for {@link listCorrectionRequests}. */
export type ListCorrectionRequestsOptions = { actor: TActor; query: TCorrectionRequestQuery };

/**
 * A page of the tenant's correction requests in one state, or in all of them with the open ones
 * first. Open requests come oldest first, as a queue is worked; decided ones newest first.
 */
export const listCorrectionRequests = async ({
  actor,
  query,
}: ListCorrectionRequestsOptions): Promise<TPage<TCorrectionRequestView>> => {
  const where: Prisma.CorrectionRequestWhereInput = {
    ...tenantFilter(actor),
    ...(query.state === "ALL" ? {} : { status: query.state }),
  };
  const orderBy: Prisma.CorrectionRequestOrderByWithRelationInput[] =
    query.state === "OPEN"
      ? [{ createdAt: "asc" }, { id: "asc" }]
      : // The enum's order is OPEN, APPROVED, REJECTED, so open requests lead.
        [{ status: "asc" }, { createdAt: "desc" }, { id: "desc" }];
  const [rows, total] = await Promise.all([
    prisma.correctionRequest.findMany({ where, include: correctionRequestInclude, orderBy, ...pageWindow(query) }),
    prisma.correctionRequest.count({ where }),
  ]);
  return {
    items: rows.map((row) => correctionRequestView(row, maskedMobile(row.requestedBy))),
    total,
    page: query.page,
    pageSize: query.pageSize,
  };
};
