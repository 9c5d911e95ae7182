import { type Prisma, prisma } from "@vax/db";
import type { TCertificateSearch } from "../schemas/certificate-search";
import { type TActor, tenantFilter } from "../shared/actor";
import type { TPage } from "../shared/list-query";
import { certificateSummary, certificateSummarySelect, type TCertificateSummary } from "./certificate-summary";
import { readableCertificates } from "./readable-certificates";
import { certificateSearchTerms, recipientSearchWhere, type TCertificateSearchKind } from "./search-terms";

/** A page of found certificates, and what the search text was read as. */
export type TCertificateSearchResult = TPage<TCertificateSummary> & { searchedBy: TCertificateSearchKind[] };

/** Options for {@link searchCertificates}. */
export type SearchCertificatesOptions = { actor: TActor; query: TCertificateSearch };

// Up to this many matching recipients are named by id, so the certificates are read through their recipientId
// index; a part of a name common enough to match more is left to the database as a join.
const MAX_RECIPIENTS_BY_ID = 5_000;

// Certificates found through their recipients. Read apart first: an OR of the certificate id and a recipient's
// columns in one statement would join every certificate to its recipient before filtering (a million rows).
const recipientAlternative = async (
  actor: TActor,
  alternatives: Prisma.RecipientWhereInput[],
): Promise<Prisma.CertificateWhereInput[]> => {
  if (alternatives.length === 0) return [];
  const found = await prisma.recipient.findMany({
    where: { ...tenantFilter(actor), OR: alternatives },
    select: { id: true },
    // Without an order Prisma pages by id, and Postgres would walk the id index testing each name against the
    // pattern; by name (which has no B-tree index) it collects the matches through the trigram index, then sorts.
    orderBy: { name: "asc" },
    take: MAX_RECIPIENTS_BY_ID + 1,
  });
  if (found.length > MAX_RECIPIENTS_BY_ID) return [{ recipient: { OR: alternatives } }];
  return found.length > 0 ? [{ recipientId: { in: found.map(({ id }) => id) } }] : [];
};

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
  const alternatives = [
    ...(terms.certificateId ? [{ certificateId: terms.certificateId }] : []),
    ...(await recipientAlternative(actor, recipientSearchWhere(terms))),
  ];
  if (query.q && alternatives.length === 0) return { items: [], total: 0, ...page };
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
