import { z } from "zod";
import { ZListQuery } from "./list-query";

/**
 * A certificate search from the query string: one text that may be a certificate id, a mobile
 * number, an identity number or a name, and the page. An empty text lists the latest certificates.
 */
export const ZCertificateSearch = ZListQuery.pick({ page: true, pageSize: true }).extend({
  q: z.string().trim().max(100, "A search is at most 100 characters").default(""),
});

/** A parsed certificate search. */
export type TCertificateSearch = z.output<typeof ZCertificateSearch>;
