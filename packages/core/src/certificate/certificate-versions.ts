import { type Prisma, prisma } from "@vax/db";
import type { TCertificateVersion } from "./certificate-details";

// A correction chain is a handful of versions; the bound only guards against a corrupted cycle.
const MAX_VERSIONS = 100;

const versionSelect = {
  id: true,
  certificateId: true,
  version: true,
  status: true,
  issuedAt: true,
  previousId: true,
} satisfies Prisma.CertificateSelect;

type TVersionRow = Prisma.CertificateGetPayload<{ select: typeof versionSelect }>;

/** Options for {@link certificateVersions}: the certificate looked at, and its tenant. */
export type CertificateVersionsOptions = { tenantId: string; certificate: TVersionRow };

/**
 * Every version of a certificate, oldest first: the ones it corrects (through `previousId`), itself,
 * and the ones that corrected it, all within its tenant.
 */
export const certificateVersions = async ({
  tenantId,
  certificate,
}: CertificateVersionsOptions): Promise<TCertificateVersion[]> => {
  const chain = [certificate];
  for (let previousId = certificate.previousId; previousId && chain.length < MAX_VERSIONS; ) {
    const previous = await prisma.certificate.findFirst({ where: { id: previousId, tenantId }, select: versionSelect });
    if (!previous) break;
    chain.unshift(previous);
    previousId = previous.previousId;
  }
  for (let latest = certificate; chain.length < MAX_VERSIONS; ) {
    const next = await prisma.certificate.findFirst({
      where: { previousId: latest.id, tenantId },
      select: versionSelect,
    });
    if (!next) break;
    chain.push(next);
    latest = next;
  }
  return chain.map((version) => ({
    id: version.id,
    certificateId: version.certificateId,
    version: version.version,
    status: version.status,
    issuedAt: version.issuedAt.toISOString(),
    current: version.id === certificate.id,
  }));
};
