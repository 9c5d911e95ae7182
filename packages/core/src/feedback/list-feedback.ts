import { type Prisma, prisma } from "@vax/db";
import type { TFeedbackQuery } from "../schemas/feedback";
import { type TActor, tenantFilter } from "../shared/actor";
import { pageWindow, type TPage } from "../shared/list-query";
import { feedbackInclude, feedbackView, type TFeedbackView } from "./feedback-view";

/** Options for {@link listFeedback}. */
export type ListFeedbackOptions = { actor: TActor; query: TFeedbackQuery };

/** A page of the tenant's feedback, newest first, for one facility or all of them. */
export const listFeedback = async ({ actor, query }: ListFeedbackOptions): Promise<TPage<TFeedbackView>> => {
  const where: Prisma.FeedbackWhereInput = {
    ...tenantFilter(actor),
    ...(query.facilityId ? { facilityId: query.facilityId } : {}),
  };
  const [rows, total] = await Promise.all([
    prisma.feedback.findMany({
      where,
      include: feedbackInclude,
      orderBy: [{ createdAt: "desc" }, { id: "desc" }],
      ...pageWindow(query),
    }),
    prisma.feedback.count({ where }),
  ]);
  return { items: rows.map(feedbackView), total, page: query.page, pageSize: query.pageSize };
};
