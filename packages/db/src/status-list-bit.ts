import type { DatabaseTransaction } from "./client";
import { Prisma, type StatusPurpose } from "./generated/prisma/client";

/** One bit to set (true) or clear (false) in one of a tenant's status lists. */
export type TStatusBitChange = { number: number; purpose: StatusPurpose; index: number; value: boolean };

/** Options for {@link changeStatusBits}. */
export type ChangeStatusBitsOptions = { tenantId: string; changes: TStatusBitChange[]; at: Date };

// The W3C bitstring numbers bits from the most significant end of each byte; set_bit from the least.
const postgresBit = (index: number) => index - (index % 8) + (7 - (index % 8));

// Lists are locked in one order by every caller, so two transactions changing the same lists never deadlock.
const byList = (a: TStatusBitChange, b: TStatusBitChange) =>
  a.number - b.number || a.purpose.localeCompare(b.purpose) || a.index - b.index;

/**
 * Sets or clears bits of a tenant's status lists with PostgreSQL's set_bit, so each change is made
 * under the list row's lock and concurrent changes to one list never lose each other's bits. Each
 * changed list's `updatedAt` moves forward by at least a millisecond (the version the signed copy
 * is cached under), so the served list changes with the very next request. Throws when a list is
 * missing or an index is outside it, so the caller's transaction keeps nothing.
 */
export const changeStatusBits = async (db: DatabaseTransaction, { tenantId, changes, at }: ChangeStatusBitsOptions) => {
  const time = Prisma.sql`${at.toISOString()}::timestamp(3)`;
  for (const change of [...changes].sort(byList)) {
    const changed = await db.$executeRaw`
      UPDATE "StatusList"
      SET "bits" = set_bit("bits", ${postgresBit(change.index)}::int8, ${change.value ? 1 : 0}::int4),
          "updatedAt" = GREATEST(${time}, "updatedAt" + interval '1 millisecond')
      WHERE "tenantId" = ${tenantId} AND "number" = ${change.number}::int4
        AND "purpose" = ${change.purpose}::"StatusPurpose"
        AND ${change.index}::int4 >= 0 AND ${change.index}::int4 < "size"`;
    if (changed !== 1) {
      throw new Error(`No ${change.purpose.toLowerCase()} list ${change.number} holds index ${change.index}`);
    }
  }
};
