import { z } from "zod";
import { ZListQuery, ZPageOf } from "./list-query";

/**
 * A certificate search from the query string: one text that may be a certificate id, a mobile
 * number, an identity number or a name, and the page. An empty text lists the latest certificates.
 */
export const ZCertificateSearch = ZListQuery.pick({ page: true, pageSize: true }).extend({
  q: z.string().trim().max(100, "A search is at most 100 characters").default(""),
});

/** A parsed certificate search. */
export type TCertificateSearch = z.output<typeof ZCertificateSearch>;

/** One certificate as a search lists it, the recipient's numbers masked. */
export const ZCertificateSummary = z
  .object({
    id: z.string(),
    certificateId: z.string(),
    recipientId: z.string(),
    recipientName: z.string(),
    recipientIdentityType: z.string(),
    recipientIdentity: z.string().meta({ description: "Masked but for its last digits" }),
    recipientMobile: z.string().meta({ description: "Masked but for its first and last digits" }),
    programmeName: z.string(),
    dose: z.number().int(),
    totalDoses: z.number().int(),
    status: z.enum(["ACTIVE", "REVOKED", "SUSPENDED", "SUPERSEDED"]),
    issuedAt: z.iso.datetime(),
  })
  .meta({ id: "CertificateSummary" });

/** A page of found certificates, and what the text was read as (certificate id, mobile, identity number, name). */
export const ZCertificateSearchResult = ZPageOf(ZCertificateSummary).extend({
  searchedBy: z.array(z.enum(["certificateId", "mobile", "identityNumber", "name"])),
  totalIsAtLeast: z.boolean().meta({
    description: "True when counting stopped (a common name): there are at least `total` certificates",
  }),
});
