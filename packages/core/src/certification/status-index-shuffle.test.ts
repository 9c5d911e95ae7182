import { randomBytes } from "node:crypto";
import { describe, expect, it } from "vitest";
import { shuffledIndex } from "./status-index-shuffle";

describe("the shuffled order of a status list's indexes", () => {
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
