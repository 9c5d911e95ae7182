// Analytics at campaign scale: a generated campaign of 1,000,000 recorded doses (bench/lib/campaign-dataset.ts) on
// PostgreSQL 15, its summary tables recounted once as the worker does (timed), then each dashboard query timed
// through its use case in packages/core (not over HTTP: the figure is the database work a page or API call waits on).
// JSON lines: {"bench":"analytics","doses":N,"refreshMs":N} and {"bench":"analytics","doses":N,"query":Q,"p50Ms":N,"p95Ms":N};
// target p95 < 300 ms. BENCH_DOSES changes the size; BENCH_KEEP_DATASET=1 keeps the dataset for the next run.
import { withCampaignDatabase } from "../lib/campaign-database.ts";
import { runMeasurement } from "../lib/run-measurement.ts";

// biome-ignore lint/suspicious/noUndeclaredEnvVars: the bench runs outside turbo, so no task cache depends on it
const doses = Number(process.env.BENCH_DOSES ?? 1_000_000);

await withCampaignDatabase("analytics", { doses }, (url, dataset) =>
  runMeasurement(new URL("./measure.ts", import.meta.url), {
    DATABASE_URL: url,
    BENCH_DATASET: JSON.stringify(dataset),
  }),
);
