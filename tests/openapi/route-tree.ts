import { readdirSync, readFileSync } from "node:fs";
import { join, relative, sep } from "node:path";

/** One method a route handler file exports, at its OpenAPI path (`{id}` for a `[id]` folder). */
export type TRouteOperation = { method: string; path: string; file: string };

const HTTP_METHODS = ["GET", "POST", "PUT", "PATCH", "DELETE"] as const;

const routeFiles = (dir: string): string[] =>
  readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return routeFiles(path);
    return entry.name === "route.ts" ? [path] : [];
  });

// `export const GET = …`, `export async function GET`, and `export { handler as GET }` all count.
const exportedMethods = (source: string): string[] =>
  HTTP_METHODS.filter((method) =>
    new RegExp(`export\\s+(const|async\\s+function|function)\\s+${method}\\b|\\bas\\s+${method}\\b`).test(source),
  );

const openApiPath = (appDir: string, file: string): string => {
  const segments = relative(appDir, file).split(sep).slice(0, -1);
  const path = segments
    .filter((segment) => !/^\(.*\)$/.test(segment))
    .map((segment) => segment.replace(/^\[(.+)\]$/, "{$1}"))
    .join("/");
  return `/${path}`;
};

/** Every method the route handlers under an app's `src/app/api` export, with its path. */
export const apiRouteOperations = (appDir: string): TRouteOperation[] =>
  routeFiles(join(appDir, "api")).flatMap((file) =>
    exportedMethods(readFileSync(file, "utf8")).map((method) => ({
      method: method.toLowerCase(),
      path: openApiPath(appDir, file),
      file,
    })),
  );
