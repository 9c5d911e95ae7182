// Signatures/s and verifications/s per certificate format, on one thread and on a piscina pool of
// all cores, with the QR version of a two-dose certificate. One JSON line per format and thread count.
import { availableParallelism } from "node:os";
import { Piscina } from "piscina";
import { createFormatBench, FORMATS, type Format } from "./formats.ts";
import { onPool, POOL_ENTRY, perSec } from "./pool-rate.ts";
import runTask, { type BenchTask } from "./worker.ts";

const MEASURE_MS = 3_000;
const WARMUP_MS = 500;

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
  filename: POOL_ENTRY,
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
