import { z } from "zod";

/** Search, sort and paging of any admin list, from the query string. */
export const ZListQuery = z.object({
  q: z.string().trim().max(100).optional(),
  sort: z.string().max(40).optional(),
  order: z.enum(["asc", "desc"]).default("asc"),
  page: z.coerce.number().int().min(1).default(1),
  pageSize: z.coerce.number().int().min(1).max(100).default(20),
  status: z.enum(["active", "inactive", "all"]).default("active"),
});

/** A parsed list query. */
export type TListQuery = z.infer<typeof ZListQuery>;

/** A page of a list, as every list route answers it (the shape of `TPage`). */
export const ZPageOf = <T extends z.ZodType>(item: T) =>
  z.object({ items: z.array(item), total: z.number().int(), page: z.number().int(), pageSize: z.number().int() });
