import { createHash } from "node:crypto";
import { existsSync, readdirSync, readFileSync, statSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";

const testdata = fileURLToPath(new URL("../../testdata/", import.meta.url));
// Files about the vectors rather than vectors: they are ours to edit.
const notVectors = new Set(["README.md", "LICENSE", "NOTICE", "SHA256SUMS"]);

const filesUnder = (dir: string): string[] =>
  readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const full = path.join(dir, entry.name);
    return entry.isDirectory() ? filesUnder(full) : [full];
  });

const vectorFiles = (): string[] =>
  existsSync(testdata)
    ? filesUnder(testdata)
        .map((file) => path.relative(testdata, file).split(path.sep).join("/"))
        .filter((file) => !notVectors.has(path.posix.basename(file)))
        .sort()
    : [];

const manifest = (): Map<string, string> => {
  const file = path.join(testdata, "SHA256SUMS");
  if (!existsSync(file)) return new Map();
  const entries = readFileSync(file, "utf8")
    .split("\n")
    .filter((line) => line.trim() !== "")
    .map((line) => {
      const match = /^([0-9a-f]{64}) {2}(\S.*)$/.exec(line);
      if (!match) throw new Error(`SHA256SUMS: not "<sha256>  <path>": ${line}`);
      return [match[2] as string, match[1] as string] as const;
    });
  return new Map(entries);
};

const sha256 = (file: string) => createHash("sha256").update(readFileSync(file)).digest("hex");

describe("testdata/: the public test vectors inside the repository", () => {
  it("holds every vector set the credential tests read", () => {
    for (const set of ["divoc", "eu-dcc/common", "shc", "vds-nc", "w3c"]) {
      expect(existsSync(path.join(testdata, set)) && statSync(path.join(testdata, set)).isDirectory(), set).toBe(true);
    }
  });

  it("keeps every vector byte for byte as listed in SHA256SUMS, and lists every vector", () => {
    const listed = manifest();
    const present = vectorFiles();
    expect(present.length).toBeGreaterThan(0);
    expect(present).toEqual([...listed.keys()].sort());
    // A reformatted file, a line-ending conversion or a Git LFS pointer in its place all change the hash.
    const changed = present.filter((file) => sha256(path.join(testdata, file)) !== listed.get(file));
    expect(changed).toEqual([]);
  });

  it("keeps each set's licence beside it and describes each set in the README", () => {
    const readme = existsSync(path.join(testdata, "README.md"))
      ? readFileSync(path.join(testdata, "README.md"), "utf8")
      : "";
    const sets = existsSync(testdata)
      ? readdirSync(testdata, { withFileTypes: true }).filter((entry) => entry.isDirectory())
      : [];
    expect(sets.length).toBeGreaterThan(0);
    for (const { name } of sets) {
      expect(existsSync(path.join(testdata, name, "LICENSE")), `testdata/${name}/LICENSE`).toBe(true);
      expect(readme, `testdata/README.md names ${name}/`).toContain(`\`${name}/`);
    }
  });
});
