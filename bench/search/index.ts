// Certificate search in the admin portal at campaign scale: a generated campaign (bench/lib/campaign-dataset.ts) of
// 1,000,000 recorded doses, so a little over 1,000,000 certificates with the corrected versions, on PostgreSQL 15,
// searched through the admin portal's use case (`searchCertificates`, as GET /api/v1/certificates runs it: the
// first page of 20 and the total) by mobile number, certificate id, full name and first name alone, each with 20
// values taken from the data. JSON lines: {"bench":"search","certificates":N,"by":"mobile"|"id"|"name"|"first name",
// "p95Ms":N} and a summary
// {"bench":"search","certificates":N,"p95Ms":N} (the worst); target < 100 ms. When one misses, its query plan
// (EXPLAIN ANALYZE) goes to stderr to say where the time goes. BENCH_DOSES and BENCH_KEEP_DATASET as for analytics.
import { withCampaignDatabase } from "../lib/campaign-database.ts";
import { runMeasurement } from "../lib/run-measurement.ts";

// biome-ignore lint/suspicious/noUndeclaredEnvVars: the bench runs outside turbo, so no task cache depends on it
const doses = Number(process.env.BENCH_DOSES ?? 1_000_000);

await withCampaignDatabase("search", { doses }, (url, dataset) =>
  runMeasurement(new URL("./measure.ts", import.meta.url), {
    DATABASE_URL: url,
    BENCH_DATASET: JSON.stringify(dataset),
  }),
);
