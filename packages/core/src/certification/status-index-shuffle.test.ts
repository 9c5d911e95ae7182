import { createHmac, randomBytes } from "node:crypto";
import { describe, expect, it } from "vitest";
import { shuffledIndex } from "./status-index-shuffle";

// The Feistel network as first written, an HMAC per round and index: the kept round tables must give the same indexes.
const referenceIndex = (key: Uint8Array, size: number, position: number): number => {
  const half = Math.ceil(Math.log2(size) / 2);
  const mask = (1 << half) - 1;
  const round = (index: number, value: number) =>
    createHmac("sha256", key).update(`${index}:${value}`).digest().readUInt32BE(0) & mask;
  let value = position;
  do {
    let left = value >>> half;
    let right = value & mask;
    for (let index = 0; index < 4; index++) [left, right] = [right, left ^ round(index, right)];
    value = (left << half) | right;
  } while (value >= size);
  return value;
};

describe("the shuffled order of a status list's indexes", () => {
  it("gives the indexes the keyed Feistel network defines, whatever the key, size and position", () => {
    for (const size of [4, 8, 2048, 131_072, 1_048_576]) {
      for (let trial = 0; trial < 3; trial++) {
        const key = randomBytes(32);
        const positions = [0, size - 1, ...Array.from({ length: 200 }, () => Math.floor(Math.random() * size))];
        expect(positions.map((position) => shuffledIndex(key, size, position))).toEqual(
          positions.map((position) => referenceIndex(key, size, position)),
        );
      }
    }
  });

  it("gives every position its own index: a permutation of the whole list", () => {
    const key = randomBytes(32);
    for (const size of [4, 8, 1024, 131_072]) {
      const seen = new Uint8Array(size);
      for (let position = 0; position < size; position++) {
        const index = shuffledIndex(key, size, position);
        seen[index] = (seen[index] ?? 0) + 1;
      }
      expect(seen.every((count) => count === 1)).toBe(true);
    }
    // 131,072 keyed shuffles take about 2 s on this machine, and more when it is busy: correctness, not a timing test.
  }, 30_000);

  it("scatters indexes taken one after another across the list, differently for each key", () => {
    const size = 131_072;
    const first = Array.from({ length: 100 }, (_, position) => shuffledIndex(Buffer.alloc(32, 1), size, position));
    const key = randomBytes(32);
    const taken = Array.from({ length: 100 }, (_, position) => shuffledIndex(key, size, position));
    // In issue order, 100 certificates would sit in indexes 0-99; shuffled, they spread over the list.
    expect(Math.max(...taken) - Math.min(...taken)).toBeGreaterThan(size / 2);
    expect(taken.filter((index) => index < 100).length).toBeLessThan(5);
    expect(taken).not.toEqual(first);
    expect(Array.from({ length: 100 }, (_, position) => shuffledIndex(key, size, position))).toEqual(taken);
  });

  it("refuses a size that is not a power of two and a position outside the list", () => {
    expect(() => shuffledIndex(randomBytes(32), 1000, 0)).toThrow(/power of two/);
    expect(() => shuffledIndex(randomBytes(32), 1024, 1024)).toThrow(/outside/);
  });
});
