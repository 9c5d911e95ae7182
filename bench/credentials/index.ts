// Signatures/s and verifications/s per certificate format, on one thread and on a piscina pool of
// all cores, with the QR version of a two-dose certificate. One JSON line per format and thread count.
import { availableParallelism } from "node:os";
import { Piscina } from "piscina";
import { createFormatBench, FORMATS, type Format } from "./formats.ts";
import runTask, { type BenchTask } from "./worker.ts";

const MEASURE_MS = 3_000;
const WARMUP_MS = 500;

const perSec = (count: number, ms: number) => Math.round((count * 1000) / ms);

const qrVersionOf = async (format: Format): Promise<number> => {
  const bench = await createFormatBench(format);
  return bench.qrVersion(await bench.sign(0));
};

const oneThread = async (format: Format, op: BenchTask["op"]): Promise<number> => {
  await runTask({ format, op, ms: WARMUP_MS });
  const start = performance.now();
  const count = await runTask({ format, op, ms: MEASURE_MS });
  return perSec(count, performance.now() - start);
};

// Each worker runs a timed loop, so the figure is the pool's throughput, not its message passing.
const onPool = async (pool: Piscina, threads: number, format: Format, op: BenchTask["op"]): Promise<number> => {
  const all = (ms: number) => Promise.all(Array.from({ length: threads }, () => pool.run({ format, op, ms })));
  await all(WARMUP_MS);
  const start = performance.now();
  const counts: number[] = await all(MEASURE_MS);
  return perSec(
    counts.reduce((sum, count) => sum + count, 0),
    performance.now() - start,
  );
};

const print = (format: Format, threads: number, signPerSec: number, verifyPerSec: number, qrVersion: number) =>
  process.stdout.write(
    `${JSON.stringify({ bench: "credentials", format, threads, signPerSec, verifyPerSec, qrVersion })}\n`,
  );

// Single-thread figures first: pool workers starting up would otherwise share the cores with them.
const qrVersions = new Map<Format, number>();
for (const format of FORMATS) {
  console.error(`credentials: ${format}, 1 thread`);
  qrVersions.set(format, await qrVersionOf(format));
  print(format, 1, await oneThread(format, "sign"), await oneThread(format, "verify"), qrVersions.get(format) ?? 0);
}

const threads = availableParallelism();
const pool = new Piscina({
  filename: new URL("./worker-entry.mjs", import.meta.url).href,
  minThreads: threads,
  maxThreads: threads,
});
try {
  for (const format of FORMATS) {
    console.error(`credentials: ${format}, ${threads} threads`);
    const signPerSec = await onPool(pool, threads, format, "sign");
    print(format, threads, signPerSec, await onPool(pool, threads, format, "verify"), qrVersions.get(format) ?? 0);
  }
} finally {
  await pool.destroy();
}
