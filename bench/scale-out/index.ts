// Two copies of the facility app and two workers on one PostgreSQL certify the same batch at once,
// synchronously and asynchronously through both copies, and must agree: no duplicate, no lost row.
import { runLockedBench } from "../lib/locked-bench.ts";

await runLockedBench({
  name: "scale-out",
  measure: new URL("./measure.ts", import.meta.url),
  ports: { FACILITY_PORT: "4121" },
});
