import { countFor, createFormatBench, type Format, type FormatBench } from "./formats.ts";

/** A pool task: run one operation of one format for `ms` milliseconds. */
export type BenchTask = { format: Format; op: "sign" | "verify"; ms: number };

const SAMPLES = 32;
const prepared = new Map<Format, Promise<{ bench: FormatBench; signed: unknown[] }>>();

const prepare = (format: Format) => {
  let ready = prepared.get(format);
  if (!ready) {
    ready = (async () => {
      const bench = await createFormatBench(format);
      const signed = [];
      for (let n = 0; n < SAMPLES; n++) signed.push(await bench.sign(n));
      return { bench, signed };
    })();
    prepared.set(format, ready);
  }
  return ready;
};

/** Runs one task in a pool worker and returns how many operations it completed. */
export default async ({ format, op, ms }: BenchTask): Promise<number> => {
  const { bench, signed } = await prepare(format);
  if (op === "sign") return countFor(ms, (n) => bench.sign(n));
  return countFor(ms, async (n) => {
    if (!(await bench.verify(signed[n % SAMPLES]))) throw new Error(`${format}: an issued certificate did not verify`);
  });
};
