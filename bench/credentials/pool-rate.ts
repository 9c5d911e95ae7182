import type { Piscina } from "piscina";
import type { Format } from "./formats.ts";
import type { BenchTask } from "./worker.ts";

const MEASURE_MS = 3_000;
const WARMUP_MS = 500;

/** Operations a second from a count over some milliseconds. */
export const perSec = (count: number, ms: number) => Math.round((count * 1000) / ms);

/** Each worker runs a timed loop, so the figure is the pool's throughput, not its message passing. */
export const onPool = async (pool: Piscina, threads: number, format: Format, op: BenchTask["op"]): Promise<number> => {
  const all = (ms: number) => Promise.all(Array.from({ length: threads }, () => pool.run({ format, op, ms })));
  await all(WARMUP_MS);
  const start = performance.now();
  const counts: number[] = await all(MEASURE_MS);
  return perSec(
    counts.reduce((sum, count) => sum + count, 0),
    performance.now() - start,
  );
};

/** The signing pool's entry, for a Piscina of the credential benches' tasks. */
export const POOL_ENTRY = new URL("./worker-entry.mjs", import.meta.url).href;
