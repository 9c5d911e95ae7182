// `npm run bench -- [name…]`: runs bench/<name>/index.ts for each name given, or every bench when none.
import { existsSync, readdirSync } from "node:fs";
import { join } from "node:path";
import { pathToFileURL } from "node:url";

const root = import.meta.dirname;
// A bench is a folder with an index.ts; bench/lib holds what they share and is not one.
const available = readdirSync(root).filter((entry) => existsSync(join(root, entry, "index.ts")));
const requested = process.argv.slice(2);
const unknown = requested.filter((name) => !available.includes(name));
if (unknown.length > 0) {
  console.error(`Unknown bench ${unknown.join(", ")}; available: ${available.join(", ")}`);
  process.exit(1);
}

// The issue reads PDF downloads beside issuance, so asking for certify also runs the pdf bench when there is one.
const companions: Record<string, string[]> = { certify: ["pdf"] };
const withCompanions = requested.flatMap((name) => [
  name,
  ...(companions[name] ?? []).filter((companion) => available.includes(companion)),
]);

for (const name of new Set(requested.length > 0 ? withCompanions : available)) {
  console.error(`bench ${name}`);
  await import(pathToFileURL(join(root, name, "index.ts")).href);
}
