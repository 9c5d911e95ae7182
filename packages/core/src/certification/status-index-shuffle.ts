import { createHmac } from "node:crypto";

const ROUNDS = 4;
// Round tables of the lists being issued from: a tenant issues from one list at a time.
const MAX_TABLES = 64;

const tables = new Map<string, Uint32Array[]>();

// Each round's function maps a half (one of 2^half values) through the HMAC; a list's lifetime takes
// each index once, so its 4 × 2^half outputs are worked out together on first use and kept, instead
// of two HMACs per index and round. The outputs are the same numbers either way.
const roundTables = (key: Uint8Array, half: number): Uint32Array[] => {
  const name = `${Buffer.from(key).toString("hex")}:${half}`;
  const known = tables.get(name);
  if (known) return known;
  const mask = (1 << half) - 1;
  const made = Array.from({ length: ROUNDS }, (_, index) => {
    const table = new Uint32Array(1 << half);
    for (let value = 0; value <= mask; value++) {
      table[value] = createHmac("sha256", key).update(`${index}:${value}`).digest().readUInt32BE(0) & mask;
    }
    return table;
  });
  if (tables.size >= MAX_TABLES) tables.delete(tables.keys().next().value as string);
  tables.set(name, made);
  return made;
};

/**
 * The `position`-th index of a list of `size` indexes (a power of two) in the order the key
 * shuffles them: a keyed permutation, so every position gets its own index and the indexes
 * taken one after another land anywhere in the list. A balanced Feistel network over the
 * smallest even number of bits that holds `size`, walked again while it lands past the end.
 */
export const shuffledIndex = (key: Uint8Array, size: number, position: number): number => {
  const bits = Math.log2(size);
  if (!Number.isInteger(bits) || bits < 2) throw new Error(`A status list's size must be a power of two, not ${size}`);
  if (!Number.isInteger(position) || position < 0 || position >= size) {
    throw new Error(`Position ${position} is outside a list of ${size}`);
  }
  const half = Math.ceil(bits / 2);
  const mask = (1 << half) - 1;
  const rounds = roundTables(key, half);
  let value = position;
  do {
    let left = value >>> half;
    let right = value & mask;
    for (const round of rounds) [left, right] = [right, left ^ (round[right] as number)];
    value = (left << half) | right;
  } while (value >= size);
  return value;
};
