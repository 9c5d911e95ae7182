// Certificate lifecycle: revocations per second through POST /api/v1/certificates/{id}/revoke under many
// concurrent callers, and the time from a revoke's answer until the status list credential the verify app
// serves shows the bit. One JSON line per database: {"bench":"lifecycle","db":…,"revocationsPerSec":N,"statusPublishMs":N}.
import { runLockedBench } from "../lib/locked-bench.ts";

await runLockedBench({
  name: "lifecycle",
  measure: new URL("./measure.ts", import.meta.url),
  ports: { FACILITY_PORT: "4111", VERIFY_PORT: "4113" },
});
