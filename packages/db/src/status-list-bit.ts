import type { DatabaseTransaction } from "./client";
import { Prisma, type StatusPurpose } from "./generated/prisma/client";

/** One bit to set (true) or clear (false) in one of a tenant's status lists. */
export type TStatusBitChange = { number: number; purpose: StatusPurpose; index: number; value: boolean };

/** Options for {@link changeStatusBits}. */
export type ChangeStatusBitsOptions = { tenantId: string; changes: TStatusBitChange[]; at: Date };

type TListKey = Pick<TStatusBitChange, "number" | "purpose">;

// Lists are locked in one order by every caller, so two transactions changing the same lists never deadlock.
const byList = (a: TListKey, b: TListKey) => a.number - b.number || a.purpose.localeCompare(b.purpose);

const listsOf = (changes: TStatusBitChange[]) => {
  const lists = new Map<string, { list: TListKey; changes: TStatusBitChange[] }>();
  for (const change of changes) {
    const key = `${change.number}/${change.purpose}`;
    const entry = lists.get(key) ?? { list: { number: change.number, purpose: change.purpose }, changes: [] };
    entry.changes.push(change);
    lists.set(key, entry);
  }
  return [...lists.values()].sort((a, b) => byList(a.list, b.list));
};

// The W3C bitstring numbers bits from the most significant end of each byte.
const writeBit = (bits: Uint8Array, index: number, value: boolean) => {
  const mask = 0x80 >> (index % 8);
  const byte = bits[index >> 3] ?? 0;
  bits[index >> 3] = value ? byte | mask : byte & ~mask;
};

/**
 * Sets or clears bits of a tenant's status lists. Each list is read under its row's lock, changed
 * in memory and written once, so a batch of changes writes one new version of a list, not one per
 * bit, and concurrent changes to one list wait for each other instead of losing bits. Within one
 * call the changes apply in the order given, so the last change of an index wins. Each changed
 * list's `updatedAt` moves forward by at least a millisecond (the version the signed copy is cached
 * under), so the served list changes with the very next request. Throws when a list is missing or
 * an index is outside it, so the caller's transaction keeps nothing.
 */
export const changeStatusBits = async (db: DatabaseTransaction, { tenantId, changes, at }: ChangeStatusBitsOptions) => {
  const time = Prisma.sql`${at.toISOString()}::timestamp(3)`;
  for (const { list, changes: ofList } of listsOf(changes)) {
    const [row] = await db.$queryRaw<Array<{ bits: Uint8Array; size: number }>>`
      SELECT "bits", "size" FROM "StatusList"
      WHERE "tenantId" = ${tenantId} AND "number" = ${list.number}::int4 AND "purpose" = ${list.purpose}::"StatusPurpose"
      FOR UPDATE`;
    if (!row) throw new Error(`No ${list.purpose.toLowerCase()} list ${list.number} in tenant ${tenantId}`);
    const bits = Uint8Array.from(row.bits);
    for (const change of ofList) {
      if (!Number.isInteger(change.index) || change.index < 0 || change.index >= row.size) {
        throw new Error(`No ${list.purpose.toLowerCase()} list ${list.number} holds index ${change.index}`);
      }
      writeBit(bits, change.index, change.value);
    }
    await db.$executeRaw`
      UPDATE "StatusList"
      SET "bits" = ${bits}, "updatedAt" = GREATEST(${time}, "updatedAt" + interval '1 millisecond')
      WHERE "tenantId" = ${tenantId} AND "number" = ${list.number}::int4 AND "purpose" = ${list.purpose}::"StatusPurpose"`;
  }
};
