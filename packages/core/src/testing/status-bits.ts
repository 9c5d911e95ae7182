import { prisma, type StatusPurpose } from "@vax/db";

/** Where a certificate's bit of one purpose lives, read from its credential's status entry. */
export type TStatusSlot = { url: string; number: number; index: number };

/** The status slot a signed credential names for a purpose. */
export const statusSlotOf = (
  credential: Record<string, unknown>,
  purpose: "revocation" | "suspension",
): TStatusSlot => {
  const entry = [credential.credentialStatus]
    .flat()
    .find((candidate) => (candidate as Record<string, unknown>)?.statusPurpose === purpose) as
    | Record<string, string>
    | undefined;
  if (!entry) throw new Error(`The credential has no ${purpose} entry`);
  const url = entry.statusListCredential as string;
  return { url, number: Number(url.split("/").pop()), index: Number(entry.statusListIndex) };
};

/**
 * Sets or clears one bit of a tenant's status list straight in the database, bit `7 - index % 8` of byte
 * `index / 8` as the W3C spec orders them, as the lifecycle use cases do; bumps the list's updatedAt.
 */
export const writeStatusBit = async (
  tenantId: string,
  purpose: StatusPurpose,
  { number, index }: Pick<TStatusSlot, "number" | "index">,
  set: boolean,
): Promise<void> => {
  const where = { tenantId_number_purpose: { tenantId, number, purpose } };
  const list = await prisma.statusList.findUniqueOrThrow({ where, select: { bits: true } });
  const bits = new Uint8Array(list.bits);
  const mask = 0x80 >> (index % 8);
  const byte = Math.floor(index / 8);
  bits[byte] = set ? (bits[byte] ?? 0) | mask : (bits[byte] ?? 0) & ~mask;
  await prisma.statusList.update({ where, data: { bits } });
};
