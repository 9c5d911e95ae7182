import { prisma } from "@vax/db";
import type { TCertificateSearch } from "../schemas/certificate-search";
import type { TActor } from "../shared/actor";
import type { TPage } from "../shared/list-query";
import { certificateSummary, certificateSummarySelect, type TCertificateSummary } from "./certificate-summary";
import { readableCertificates } from "./readable-certificates";
import { certificateSearchTerms, certificateSearchWhere, type TCertificateSearchKind } from "./search-terms";

/** A page of found certificates, and what the search text was read as. */
export type TCertificateSearchResult = TPage<TCertificateSummary> & { searchedBy: TCertificateSearchKind[] };

/** Options for {@link searchCertificates}. */
export type SearchCertificatesOptions = { actor: TActor; query: TCertificateSearch };

/**
 * A page of the certificates the actor may read (the tenant's; a facility's own for its staff),
 * newest first, found by certificate id, the recipient's mobile or identity number (typed in
 * full), or a part of their name; with no text, the latest certificates. Text that is none of
 * these finds nothing rather than everything. Results show mobile and identity numbers masked.
 */
export const searchCertificates = async ({
  actor,
  query,
}: SearchCertificatesOptions): Promise<TCertificateSearchResult> => {
  const terms = certificateSearchTerms(query.q);
  const searchedBy = Object.keys(terms) as TCertificateSearchKind[];
  const page = { page: query.page, pageSize: query.pageSize, searchedBy };
  if (query.q && searchedBy.length === 0) return { items: [], total: 0, ...page };
  const alternatives = certificateSearchWhere(terms);
  const where = { AND: [readableCertificates(actor), ...(alternatives.length ? [{ OR: alternatives }] : [])] };
  const [rows, total] = await Promise.all([
    prisma.certificate.findMany({
      where,
      select: certificateSummarySelect,
      orderBy: [{ issuedAt: "desc" }, { id: "desc" }],
      skip: (query.page - 1) * query.pageSize,
      take: query.pageSize,
    }),
    prisma.certificate.count({ where }),
  ]);
  return { items: rows.map(certificateSummary), total, ...page };
};
