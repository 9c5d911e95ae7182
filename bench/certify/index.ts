// Certificates issued per second through the certify API (signed, stored, status index taken), over
// HTTP against the built facility app, on the embedded database and on PostgreSQL 15, in batches.
// One JSON line per database and batch size.
import { runLockedBench } from "../lib/locked-bench.ts";
import { facilityApp } from "./facility-build.ts";

await runLockedBench({
  name: "certify",
  measure: new URL("./measure.ts", import.meta.url),
  ports: { [`${facilityApp.name.toUpperCase()}_PORT`]: "4101" },
});
