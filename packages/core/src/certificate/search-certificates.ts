import { findCertificatesByName, type Prisma, prisma } from "@vax/db";
import type { TCertificateSearch } from "../schemas/certificate-search";
import { type TActor, tenantFilter } from "../shared/actor";
import { pageWindow, type TPage } from "../shared/list-query";
import { certificateSummary, certificateSummarySelect, type TCertificateSummary } from "./certificate-summary";
import { readableCertificates } from "./readable-certificates";
import { certificateSearchTerms, recipientSearchWhere, type TCertificateSearchKind } from "./search-terms";

/**
 * A page of found certificates, what the search text was read as, and whether `total` is a floor:
 * a common name's count stops at {@link COUNT_NAMES_UP_TO}.
 */
export type TCertificateSearchResult = TPage<TCertificateSummary> & {
  searchedBy: TCertificateSearchKind[];
  totalIsAtLeast: boolean;
};

/** Options for {@link searchCertificates}. */
export type SearchCertificatesOptions = { actor: TActor; query: TCertificateSearch };

/** Past this many certificates of one name the search says "at least" rather than count them all. */
export const COUNT_NAMES_UP_TO = 10_000;

type TSearchPage = { page: number; pageSize: number; searchedBy: TCertificateSearchKind[]; totalIsAtLeast: false };

const empty = (page: TSearchPage): TCertificateSearchResult => ({ items: [], total: 0, ...page });

// Facility staff read only their facility's certificates; without a facility, none.
const facilityScope = (actor: TActor): string | null | undefined =>
  actor.role === "FACILITY_ADMIN" || actor.role === "VACCINATOR" ? (actor.facilityId ?? undefined) : null;

// By name, through the name keys (findCertificatesByName); the page's certificates are then read by their ids.
const searchByName = async (
  actor: TActor,
  query: TCertificateSearch,
  terms: { name: string; certificateId?: string },
  page: TSearchPage,
): Promise<TCertificateSearchResult> => {
  const facilityId = facilityScope(actor);
  if (facilityId === undefined) return empty(page);
  const found = await findCertificatesByName(prisma, {
    tenantId: tenantFilter(actor).tenantId ?? null,
    facilityId,
    ...terms,
    ...pageWindow(query),
    countUpTo: COUNT_NAMES_UP_TO,
  });
  const rows = await prisma.certificate.findMany({
    where: { AND: [readableCertificates(actor), { id: { in: found.ids } }] },
    select: certificateSummarySelect,
  });
  const byId = new Map(rows.map((row) => [row.id, row]));
  const items = found.ids.flatMap((id) => {
    const row = byId.get(id);
    return row ? [certificateSummary(row)] : [];
  });
  return { ...page, items, total: found.total, totalIsAtLeast: found.totalIsAtLeast };
};

// Certificates found through their recipients' numbers. Read apart first: an OR of the certificate id and a
// recipient's columns in one statement would join every certificate to its recipient before filtering.
const recipientAlternative = async (
  actor: TActor,
  alternatives: Prisma.RecipientWhereInput[],
): Promise<Prisma.CertificateWhereInput[]> => {
  if (alternatives.length === 0) return [];
  const found = await prisma.recipient.findMany({
    where: { ...tenantFilter(actor), OR: alternatives },
    select: { id: true },
  });
  return found.length > 0 ? [{ recipientId: { in: found.map(({ id }) => id) } }] : [];
};

/**
 * A page of the certificates the actor may read (the tenant's; a facility's own for its staff),
 * newest first, found by certificate id, the recipient's mobile or identity number (typed in
 * full), or the start of any word of the name they were issued to; with no text, the latest
 * certificates. Text that is none of these finds nothing rather than everything. Results show
 * mobile and identity numbers masked.
 */
export const searchCertificates = async ({
  actor,
  query,
}: SearchCertificatesOptions): Promise<TCertificateSearchResult> => {
  const terms = certificateSearchTerms(query.q);
  const searchedBy = Object.keys(terms) as TCertificateSearchKind[];
  const page: TSearchPage = { page: query.page, pageSize: query.pageSize, searchedBy, totalIsAtLeast: false };
  if (query.q && searchedBy.length === 0) return empty(page);
  if (terms.name) return searchByName(actor, query, { name: terms.name, certificateId: terms.certificateId }, page);
  const alternatives = [
    ...(terms.certificateId ? [{ certificateId: terms.certificateId }] : []),
    ...(await recipientAlternative(actor, recipientSearchWhere(terms))),
  ];
  if (query.q && alternatives.length === 0) return empty(page);
  const where = { AND: [readableCertificates(actor), ...(alternatives.length ? [{ OR: alternatives }] : [])] };
  const [rows, total] = await Promise.all([
    prisma.certificate.findMany({
      where,
      select: certificateSummarySelect,
      orderBy: [{ issuedAt: "desc" }, { id: "desc" }],
      ...pageWindow(query),
    }),
    prisma.certificate.count({ where }),
  ]);
  return { items: rows.map(certificateSummary), total, ...page };
};
