import { build } from "esbuild";
import { describe, expect, it } from "vitest";

describe("@vax/credentials/trust", () => {
  it("bundles for the browser, with no Node built-in anywhere in it", async () => {
    // The verify page and the admin portal's import preview read trust documents in the browser.
    const result = await build({
      entryPoints: [new URL("./index.ts", import.meta.url).pathname],
      bundle: true,
      platform: "browser",
      format: "esm",
      write: false,
      logLevel: "silent",
      metafile: true,
    });
    const inputs = Object.keys(result.metafile?.inputs ?? {});
    expect(inputs.some((input) => input.endsWith("trust/read-dsc-list.ts"))).toBe(true);
    expect(inputs.filter((input) => input.startsWith("node:"))).toEqual([]);
  }, 30_000);
});
