import { randomBytes } from "node:crypto";
import { MIN_STATUS_LIST_SIZE } from "@vax/credentials/status";
import { prisma } from "@vax/db";
import { shuffledIndex } from "./status-index-shuffle";

/** A certificate's place in its tenant's status lists: the same index in the revocation and suspension list of one number. */
export type TStatusSlot = { number: number; index: number };

const emptyLists = (tenantId: string, number: number) =>
  (["REVOCATION", "SUSPENSION"] as const).map((purpose) => ({
    tenantId,
    number,
    purpose,
    size: MIN_STATUS_LIST_SIZE,
    bits: new Uint8Array(MIN_STATUS_LIST_SIZE / 8),
    ...(purpose === "REVOCATION" ? { shuffleKey: new Uint8Array(randomBytes(32)) } : {}),
  }));

/**
 * Takes `count` unused status-list indexes for the tenant, opening the next list pair when one
 * fills. The n-th index taken from a list is the n-th of its shuffled order, so indexes are spread
 * at random over the list: one says nothing of how many certificates came before it, or which
 * were issued beside it. The revocation list's `allocated` counter is moved with a compare-and-set, so concurrent
 * issuers never share an index and nobody holds a lock while credentials are signed. An index
 * taken by a request that then fails stays unused: a clear bit that no credential names.
 */
export const allocateStatusSlots = async (tenantId: string, count: number): Promise<TStatusSlot[]> => {
  const slots: TStatusSlot[] = [];
  while (slots.length < count) {
    const list = await prisma.statusList.findFirst({
      where: { tenantId, purpose: "REVOCATION" },
      orderBy: { number: "desc" },
      select: { id: true, number: true, size: true, allocated: true, shuffleKey: true },
    });
    if (!list || list.allocated >= list.size) {
      await prisma.statusList.createMany({ data: emptyLists(tenantId, (list?.number ?? 0) + 1), skipDuplicates: true });
      continue;
    }
    const take = Math.min(count - slots.length, list.size - list.allocated);
    const moved = await prisma.statusList.updateMany({
      where: { id: list.id, allocated: list.allocated },
      data: { allocated: list.allocated + take },
    });
    if (moved.count === 0) continue;
    for (let position = list.allocated; position < list.allocated + take; position++) {
      // Lists made before shuffling gave their indexes out in order, and go on so.
      const index = list.shuffleKey ? shuffledIndex(list.shuffleKey, list.size, position) : position;
      slots.push({ number: list.number, index });
    }
  }
  return slots;
};
