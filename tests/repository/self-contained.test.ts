import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";

const root = fileURLToPath(new URL("../../", import.meta.url));
// Build output, dependencies, local data and reports: not the repository's own text.
const skippedDirs = new Set([
  "node_modules",
  ".git",
  ".next",
  ".turbo",
  ".data",
  "generated",
  "test-results",
  "playwright-report",
  "scratch",
]);
const textFile = /\.(ts|tsx|mts|mjs|js|cjs|json|md|yaml|yml|sh|css|prisma)$/;

const sourceFiles = (dir: string): string[] =>
  readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) return skippedDirs.has(entry.name) ? [] : sourceFiles(full);
    return textFile.test(entry.name) && entry.name !== "package-lock.json" ? [full] : [];
  });

// The vectors are upstream's words, not ours; testdata/README.md is checked like any other doc.
const files = sourceFiles(root).filter(
  (file) => !file.startsWith(path.join(root, "testdata")) || file.endsWith("README.md"),
);
const relative = (file: string) => path.relative(root, file);
const linesMatching = (pattern: RegExp) =>
  files.flatMap((file) =>
    readFileSync(file, "utf8")
      .split("\n")
      .flatMap((line, index) => (pattern.test(line) ? [`${relative(file)}:${index + 1}: ${line.trim()}`] : [])),
  );

describe("the repository is self-contained", () => {
  it("finds the files it checks", () => {
    expect(files.map(relative)).toEqual(expect.arrayContaining(["README.md", "docs/architecture.md"]));
  });

  it("cites no design document outside the repository", () => {
    expect(linesMatching(/\bDESIGN(\.md|'s)?\b/)).toEqual([]);
  });

  it("reads no test data from beside the repository", () => {
    expect(linesMatching(/shared\/testdata/)).toEqual([]);
  });

  it("has no relative path that climbs out of the repository", () => {
    const escapes = files.flatMap((file) =>
      [...readFileSync(file, "utf8").matchAll(/(?:\.\.\/)+[\w.@-]*/g)]
        .map(([match]) => match)
        .filter((match) => path.relative(root, path.resolve(path.dirname(file), match)).startsWith(".."))
        .map((match) => `${relative(file)}: ${match}`),
    );
    expect(escapes).toEqual([]);
  });
});
