import type { z } from "zod";
import { ZPageOf } from "../schemas/list-query";
import type { TApiOperation } from "./api-operation";

/** A paged list: a GET whose query filters and pages, answering one page of items. */
export type TListOperation = Omit<TApiOperation, "method" | "query" | "body" | "success" | "otherSuccesses"> & {
  query: z.ZodObject;
  /** One item's schema; the answer is a page of them, `{items, total, page, pageSize}`. */
  item: z.ZodType;
  /** What the page is of, for its description: "A page of <pageOf>". */
  pageOf: string;
};

/** The operation of a paged list route, described as every other list is. */
export const listOperation = ({ item, pageOf, ...operation }: TListOperation): TApiOperation => ({
  ...operation,
  method: "get",
  success: { status: 200, description: `A page of ${pageOf}`, schema: ZPageOf(item) },
});
