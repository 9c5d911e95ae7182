// Verification in the verify page, in Chromium, from decoded QR text to the result shown, for each format the
// public vectors and the platform give; and the JavaScript the page loads, gzipped. One JSON line per format,
// {"bench":"verify","where":"chromium","format":F,"p50Ms":N,"p95Ms":N}, and one for the page's script size.
import { runLockedBench } from "../lib/locked-bench.ts";

await runLockedBench({
  name: "verify",
  measure: new URL("./measure.ts", import.meta.url),
  ports: { VERIFY_PORT: "4383" },
});
