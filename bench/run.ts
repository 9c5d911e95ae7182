// `npm run bench -- [name…]`: runs bench/<name>/index.ts for each name given, or every bench when none.
import { readdirSync, statSync } from "node:fs";
import { join } from "node:path";
import { pathToFileURL } from "node:url";

const root = import.meta.dirname;
const available = readdirSync(root).filter((entry) => statSync(join(root, entry)).isDirectory());
const requested = process.argv.slice(2);
const unknown = requested.filter((name) => !available.includes(name));
if (unknown.length > 0) {
  console.error(`Unknown bench ${unknown.join(", ")}; available: ${available.join(", ")}`);
  process.exit(1);
}

for (const name of requested.length > 0 ? requested : available) {
  console.error(`bench ${name}`);
  await import(pathToFileURL(join(root, name, "index.ts")).href);
}
