import { expect } from "vitest";
import { InputTooLargeError } from "../limits.ts";

const RUNS = 3;

/**
 * Test-only: runs a decode that must be refused for its size, and asserts that it was (an InputTooLargeError
 * whose message matches), within 50 ms and without taking the memory its claimed size would. The fastest of
 * three runs is timed, so that a garbage collection or a cold JIT on a busy machine does not count; doing
 * the bomb's work would take far longer every time.
 */
export const expectRefusedFast = (decode: () => unknown, pattern: RegExp = /too large|more than|deeper than/) => {
  let fastest = Number.POSITIVE_INFINITY;
  for (let run = 0; run < RUNS; run++) {
    const before = process.memoryUsage().arrayBuffers;
    const started = performance.now();
    let error: unknown;
    try {
      decode();
    } catch (thrown) {
      error = thrown;
    }
    fastest = Math.min(fastest, performance.now() - started);
    const grew = process.memoryUsage().arrayBuffers - before;
    expect(error).toBeInstanceOf(InputTooLargeError);
    expect((error as Error).message).toMatch(pattern);
    expect(grew).toBeLessThan(4 * 1024 * 1024);
  }
  expect(fastest).toBeLessThan(50);
};
