/** Latency percentiles of a query, in milliseconds to one decimal. */
export type TLatency = { p50Ms: number; p95Ms: number };

/** The value at `share` (0–1) of sorted values, in milliseconds to one decimal. */
export const percentile = (sorted: readonly number[], share: number): number =>
  Math.round((sorted[Math.min(sorted.length - 1, Math.ceil(share * sorted.length) - 1)] ?? 0) * 10) / 10;

/**
 * Times `run` one call after another (after `warmup` untimed calls, which fill caches and plans as
 * a running app's would be), cycling through `inputs` so each filter or search term takes its turn.
 */
export const measureLatency = async <T>(
  inputs: readonly T[],
  run: (input: T) => Promise<unknown>,
  { samples = 60, warmup = 5 }: { samples?: number; warmup?: number } = {},
): Promise<TLatency> => {
  for (let index = 0; index < warmup; index++) await run(inputs[index % inputs.length] as T);
  const times: number[] = [];
  for (let index = 0; index < samples; index++) {
    const started = performance.now();
    await run(inputs[index % inputs.length] as T);
    times.push(performance.now() - started);
  }
  times.sort((a, b) => a - b);
  return { p50Ms: percentile(times, 0.5), p95Ms: percentile(times, 0.95) };
};
