import { prisma } from "@vax/db";

/**
 * The current version of each tenant's SMART Health Card CRLs: the millisecond its status lists last changed, at
 * least 1. The CRL's `ctr` and its key's `crlVersion` in the JWKS both come from here, so that they agree and a
 * verifier whose copy has a lower `ctr` than the JWKS names knows to fetch the CRL again. Milliseconds rather than
 * seconds, so that two withdrawals in the same second still make two versions.
 */
export const shcCrlVersions = async (tenantIds: readonly string[]): Promise<Map<string, number>> => {
  const changed = await prisma.statusList.groupBy({
    by: ["tenantId"],
    where: { tenantId: { in: [...tenantIds] } },
    _max: { updatedAt: true },
  });
  const versions = new Map(tenantIds.map((tenantId) => [tenantId, 1]));
  for (const { tenantId, _max } of changed) versions.set(tenantId, Math.max(1, _max.updatedAt?.getTime() ?? 0));
  return versions;
};
