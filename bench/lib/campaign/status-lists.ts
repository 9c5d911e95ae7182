import type { Database } from "@vax/db";
import { STATUS_LIST_SIZE } from "./sql.ts";

/**
 * Writes the revocation and suspension list of each `STATUS_LIST_SIZE` certificates, the revocation bits set for
 * the revoked and superseded ones. Answers how many pairs of lists it wrote.
 */
export const writeCampaignStatusLists = async (
  db: Database,
  { tenantId: t, certificates }: { tenantId: string; certificates: number },
): Promise<number> => {
  const lists = Math.ceil(certificates / STATUS_LIST_SIZE);
  for (let number = 1; number <= lists; number++) {
    const allocated = Math.min(STATUS_LIST_SIZE, certificates - (number - 1) * STATUS_LIST_SIZE);
    const revoked = await db.$queryRawUnsafe<{ index: number }[]>(`
      SELECT "statusListIndex" AS "index" FROM "Certificate"
      WHERE "tenantId" = '${t}' AND "statusListNumber" = ${number} AND "status" IN ('REVOKED', 'SUPERSEDED')`);
    // Bits are numbered from the most significant end of each byte, as the Bitstring Status List spec says.
    const bits = new Uint8Array(STATUS_LIST_SIZE / 8);
    for (const { index } of revoked) bits[index >> 3] = (bits[index >> 3] ?? 0) | (0x80 >> (index & 7));
    await db.statusList.createMany({
      data: [
        { tenantId: t, number, purpose: "REVOCATION", bits, allocated },
        { tenantId: t, number, purpose: "SUSPENSION", bits: new Uint8Array(STATUS_LIST_SIZE / 8), allocated },
      ],
    });
  }
  return lists;
};
