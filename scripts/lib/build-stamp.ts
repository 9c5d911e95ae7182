import { createHash } from "node:crypto";
import { existsSync } from "node:fs";
import { readdir, readFile, writeFile } from "node:fs/promises";
import path from "node:path";

const SKIP = new Set(["node_modules", ".next", ".turbo", "generated", ".data", "test-results"]);
const SOURCE_ROOTS = ["apps", "packages", "prisma", "package-lock.json"];
// Next bakes the response headers into the build, and HSTS among them depends on the apps' URLs being https.
const BUILD_ENV = ["VAX_ADMIN_URL", "VAX_FACILITY_URL", "VAX_CITIZEN_URL", "VAX_PUBLIC_URL"];

const listFiles = async (entry: string): Promise<string[]> => {
  const name = path.basename(entry);
  if (SKIP.has(name)) return [];
  const dirents = await readdir(entry, { withFileTypes: true }).catch(() => undefined);
  if (!dirents) return [entry];
  const nested = await Promise.all(dirents.map((dirent) => listFiles(path.join(entry, dirent.name))));
  return nested.flat();
};

/** A hash of every source file the app builds from, and the env its headers depend on: a build is current when its stamp matches. */
export const sourceHash = async (root: string): Promise<string> => {
  const hash = createHash("sha256");
  const files = (await Promise.all(SOURCE_ROOTS.map((entry) => listFiles(path.join(root, entry))))).flat().sort();
  for (const file of files) {
    if (file.includes(`${path.sep}tests${path.sep}`) || file.endsWith(".test.ts")) continue;
    hash.update(path.relative(root, file)).update(await readFile(file));
  }
  for (const name of BUILD_ENV) hash.update(`${name}=${process.env[name] ?? ""}\n`);
  return hash.digest("hex");
};

const stampFile = (root: string, appDir: string) => path.join(root, appDir, ".next", "vax-source-hash");

/** Whether the app has a production build made from exactly these sources. */
export const hasCurrentBuild = async (root: string, appDir: string, hash: string): Promise<boolean> =>
  existsSync(path.join(root, appDir, ".next", "BUILD_ID")) &&
  (await readFile(stampFile(root, appDir), "utf8").catch(() => "")) === hash;

/** Records that the app's build was made from these sources. */
export const writeBuildStamp = (root: string, appDir: string, hash: string) => writeFile(stampFile(root, appDir), hash);
