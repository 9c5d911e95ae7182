import { type CertificateStatus, prisma } from "@vax/db";
import { certificateSearchTerms, recipientSearchWhere } from "../certificate/search-terms";
import { type TActor, tenantFilter } from "../shared/actor";

/** One credential issued under a schema, as a search lists it. */
export type TSchemaCredentialSummary = {
  certificateId: string;
  title: string;
  holderName: string | null;
  status: CertificateStatus;
  issuedAt: string;
};

// A search box shows the newest few; an admin narrows it by id or number for the rest.
const LISTED = 20;

/**
 * The tenant's credentials issued under a schema (test reports, its own schemas' credentials) that a search text
 * names: by the id they print, or the mobile or identity number of the person they were issued to; with no text, the
 * newest. Newest first, at most twenty. Names are not searched: such credentials keep their holder in the claims.
 */
export const searchSchemaCredentials = async ({
  actor,
  q,
}: {
  actor: TActor;
  q: string;
}): Promise<TSchemaCredentialSummary[]> => {
  const tenant = tenantFilter(actor);
  const terms = certificateSearchTerms(q);
  const byRecipient = recipientSearchWhere(terms);
  const recipients = byRecipient.length
    ? await prisma.recipient.findMany({ where: { ...tenant, OR: byRecipient }, select: { id: true } })
    : [];
  const alternatives = [
    ...(terms.certificateId ? [{ certificateId: terms.certificateId }] : []),
    ...(recipients.length ? [{ recipientId: { in: recipients.map(({ id }) => id) } }] : []),
  ];
  if (q.trim() && alternatives.length === 0) return [];
  const rows = await prisma.schemaCredential.findMany({
    where: { ...tenant, ...(alternatives.length ? { OR: alternatives } : {}) },
    select: {
      certificateId: true,
      status: true,
      issuedAt: true,
      claims: true,
      schemaVersion: { select: { schema: { select: { title: true } } } },
    },
    orderBy: [{ issuedAt: "desc" }, { id: "desc" }],
    take: LISTED,
  });
  return rows.map((row) => {
    const name = (row.claims as { name?: unknown } | null)?.name;
    return {
      certificateId: row.certificateId,
      title: row.schemaVersion.schema.title,
      holderName: typeof name === "string" ? name : null,
      status: row.status,
      issuedAt: row.issuedAt.toISOString(),
    };
  });
};
