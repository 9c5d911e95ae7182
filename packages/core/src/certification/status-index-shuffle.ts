import { createHmac } from "node:crypto";

const ROUNDS = 4;

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
  const round = (index: number, value: number) =>
    createHmac("sha256", key).update(`${index}:${value}`).digest().readUInt32BE(0) & mask;
  let value = position;
  do {
    let left = value >>> half;
    let right = value & mask;
    for (let index = 0; index < ROUNDS; index++) [left, right] = [right, left ^ round(index, right)];
    value = (left << half) | right;
  } while (value >= size);
  return value;
};
