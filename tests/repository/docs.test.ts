import { existsSync, readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";

const root = fileURLToPath(new URL("../../", import.meta.url));
const read = (file: string) => (existsSync(path.join(root, file)) ? readFileSync(path.join(root, file), "utf8") : "");
const workspaces = ["apps", "packages"].flatMap((folder) =>
  readdirSync(path.join(root, folder), { withFileTypes: true })
    .filter((entry) => entry.isDirectory() && existsSync(path.join(root, folder, entry.name, "package.json")))
    .map((entry) => `${folder}/${entry.name}`),
);
const docs = ["README.md", "CONTRIBUTING.md", "docs/architecture.md", "testdata/README.md"].concat(
  workspaces.map((workspace) => `${workspace}/README.md`),
);

describe("the repository's own docs", () => {
  it("give every package and app a short README", () => {
    expect(workspaces.length).toBeGreaterThanOrEqual(11);
    const lengths = workspaces.map((workspace) => [
      workspace,
      read(`${workspace}/README.md`).trim().split("\n").length,
    ]);
    // Long enough to say what it is for, its entry points, its imports and its tests; short enough to be read.
    expect(lengths.filter(([, lines]) => Number(lines) < 10 || Number(lines) > 40)).toEqual([]);
  });

  it("name every package and app on the architecture page, which README and CONTRIBUTING link to", () => {
    const architecture = read("docs/architecture.md");
    expect(workspaces.filter((workspace) => !architecture.includes(workspace))).toEqual([]);
    expect(read("README.md")).toContain("(docs/architecture.md)");
    expect(read("CONTRIBUTING.md")).toContain("(docs/architecture.md)");
  });

  it("link only to files that exist in the repository", () => {
    const broken = docs.flatMap((doc) =>
      [...read(doc).matchAll(/\]\(([^)\s]+)\)/g)]
        .map(([, target]) => target as string)
        .filter((target) => !/^(https?:|mailto:|#)/.test(target))
        .filter((target) => !existsSync(path.resolve(root, path.dirname(doc), target.split("#")[0] as string)))
        .map((target) => `${doc}: ${target}`),
    );
    expect(broken).toEqual([]);
  });
});
