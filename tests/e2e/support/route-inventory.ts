import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import ts from "typescript";
import { platformApps } from "../../../scripts/lib/apps";

/** One of the four apps' names. */
export type TAppName = (typeof platformApps)[number]["name"];

/** The HTTP methods a Next.js route handler may export. */
export const routeMethods = ["GET", "HEAD", "OPTIONS", "POST", "PUT", "PATCH", "DELETE"] as const;

/** One of {@link routeMethods}, or PAGE for a page. */
export type TRouteMethod = (typeof routeMethods)[number] | "PAGE";

/**
 * One thing a caller can ask an app for: a method of a route handler or a page, at a path
 * pattern whose dynamic segments are written `{id}` (`{...rest}` for a catch-all).
 */
export type TRoute = {
  app: TAppName;
  method: TRouteMethod;
  pattern: string;
  /** The names of the pattern's dynamic segments, in order. */
  params: string[];
  /** The file it comes from, relative to the repository. */
  file: string;
  /** `<app> <METHOD> <pattern>`, the key of its rule. */
  key: string;
};

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "../../..");

/** The key of a route's rule: `<app> <METHOD> <pattern>`. */
export const routeKey = (app: TAppName, method: TRouteMethod, pattern: string): string => `${app} ${method} ${pattern}`;

// The HTTP methods a route.ts exports, read from its syntax (`export const GET`, `export function
// POST`, `export { handler as GET }`), so a handler counts however it is written.
const exportedMethods = (file: string): TRouteMethod[] => {
  const source = ts.createSourceFile(file, readFileSync(file, "utf8"), ts.ScriptTarget.Latest, false, ts.ScriptKind.TS);
  const names = new Set<string>();
  const exported = (node: ts.Node) =>
    ts.canHaveModifiers(node) && ts.getModifiers(node)?.some((m) => m.kind === ts.SyntaxKind.ExportKeyword);
  for (const statement of source.statements) {
    if (ts.isVariableStatement(statement) && exported(statement)) {
      for (const declaration of statement.declarationList.declarations) {
        if (ts.isIdentifier(declaration.name)) names.add(declaration.name.text);
      }
    } else if (ts.isFunctionDeclaration(statement) && exported(statement) && statement.name) {
      names.add(statement.name.text);
    } else if (
      ts.isExportDeclaration(statement) &&
      statement.exportClause &&
      ts.isNamedExports(statement.exportClause)
    ) {
      for (const element of statement.exportClause.elements) names.add(element.name.text);
    }
  }
  return routeMethods.filter((method) => names.has(method));
};

// A folder of the App Router as it shows in the URL: route groups `(name)` and parallel-route
// slots `@name` do not; `[id]` is a parameter, `[...rest]` and `[[...rest]]` catch-alls.
const urlSegment = (folder: string): { segment: string | null; param: string | null } => {
  if (/^\(.+\)$/.test(folder) || folder.startsWith("@")) return { segment: null, param: null };
  const dynamic = /^\[{1,2}(\.\.\.)?([^\]]+)\]{1,2}$/.exec(folder);
  if (!dynamic) return { segment: folder, param: null };
  const [, rest, name = ""] = dynamic;
  const optional = folder.startsWith("[[");
  return { segment: `{${rest ? "..." : ""}${name}${optional ? "?" : ""}}`, param: name };
};

const routeFiles = (dir: string): string[] =>
  readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    // Private folders (`_name`) are outside routing by Next.js's own convention.
    if (entry.isDirectory()) return entry.name.startsWith("_") ? [] : routeFiles(path.join(dir, entry.name));
    return /^(route\.(ts|js)|page\.(tsx|jsx|ts|js))$/.test(entry.name) ? [path.join(dir, entry.name)] : [];
  });

/**
 * Every route of every app, read from the file system now: each method a `route.ts` exports and
 * each `page.tsx`, under `apps/<app>/src/app`. A new file shows up here without anyone listing it.
 */
export const discoverRoutes = (repository = root): TRoute[] =>
  platformApps.flatMap(({ name: app, dir }) => {
    const appDir = path.join(repository, dir, "src/app");
    return routeFiles(appDir).flatMap((file): TRoute[] => {
      const folders = path.relative(appDir, path.dirname(file)).split(path.sep).filter(Boolean);
      const parts = folders.map(urlSegment);
      const pattern = `/${parts.flatMap(({ segment }) => (segment ? [segment] : [])).join("/")}`;
      const params = parts.flatMap(({ param }) => (param ? [param] : []));
      const relative = path.relative(repository, file);
      const methods = path.basename(file).startsWith("page.") ? (["PAGE"] as const) : exportedMethods(file);
      return methods.map((method) => ({
        app,
        method,
        pattern,
        params,
        file: relative,
        key: routeKey(app, method, pattern),
      }));
    });
  });

/** Whether a route only reads (a page, GET, HEAD, OPTIONS): the matrix calls it with real samples, a write with `{}`. */
export const isReadRoute = (route: Pick<TRoute, "method">): boolean =>
  !["POST", "PUT", "PATCH", "DELETE"].includes(route.method);

/** A route's path with its parameters filled in (a catch-all's value may hold slashes). */
export const routePath = (route: Pick<TRoute, "pattern">, values: Record<string, string>): string =>
  route.pattern.replace(/\{(\.\.\.)?([^}?]+)\??\}/g, (_match, rest: string | undefined, name: string) => {
    const value = values[name];
    if (value === undefined) throw new Error(`No value for {${name}} in ${route.pattern}`);
    return rest ? value.split("/").map(encodeURIComponent).join("/") : encodeURIComponent(value);
  });
