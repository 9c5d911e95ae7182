import { build } from "esbuild";
import { type Browser, chromium } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { VerifyResult } from "./index.ts";
import { dccVector, readJsonVector, readVector, shcNow, vdsNcVector, vectorTrust } from "./vectors.ts";

const ORIGIN = "https://verify.invalid";

// The verify side must run in a checker's browser: bundle it as a browser would get it and run it in Chromium.
const bundle = async (): Promise<string> => {
  const result = await build({
    stdin: {
      contents: 'import { verify } from "./index.ts"; globalThis.verifyCertificate = verify;',
      resolveDir: import.meta.dirname,
      loader: "ts",
    },
    bundle: true,
    platform: "browser",
    format: "esm",
    // @digitalbazaar/credentials-context builds `new URL("../contexts/…", import.meta.url)` at load, which throws
    // in an inline script (base about:blank); the URL is only metadata, so any absolute base serves.
    define: { "import.meta.url": JSON.stringify(`${ORIGIN}/verify.js`) },
    write: false,
    logLevel: "silent",
  });
  return result.outputFiles[0]?.text ?? "";
};

const args = [
  "--no-sandbox",
  "--disable-gpu",
  "--disable-background-networking",
  "--disable-component-update",
  "--disable-sync",
  "--no-first-run",
];

describe("verify in headless Chromium", () => {
  let browser: Browser | undefined;
  beforeAll(async () => {
    browser = await chromium.launch({ executablePath: "/usr/bin/chromium", args });
  }, 30_000);
  afterAll(async () => {
    await browser?.close();
  });

  it("verifies the EU DCC, SMART Health Card, W3C and VDS-NC vectors from a browser bundle", async () => {
    const code = await bundle();
    const page = await (browser as Browser).newPage();
    const errors: string[] = [];
    page.on("pageerror", (error) => errors.push(error.message));
    // Nothing may be fetched: every context and key comes with the bundle or the trust list.
    const requests: string[] = [];
    page.on("request", (request) => {
      if (request.url() !== `${ORIGIN}/`) requests.push(request.url());
    });
    // Web Crypto exists only in secure contexts, which about:blank is not; an intercepted https page is one,
    // and is answered here, so nothing leaves the machine.
    await page.route(`${ORIGIN}/`, (route) => route.fulfill({ contentType: "text/html", body: "<!doctype html>" }));
    await page.goto(`${ORIGIN}/`);
    await page.addScriptTag({ content: code, type: "module" });
    await page.waitForFunction(() => "verifyCertificate" in globalThis);
    const cases = [
      { input: dccVector.text, now: dccVector.now.toISOString() },
      { input: readVector("shc/example-00-d-jws.txt"), now: shcNow.toISOString() },
      { input: readJsonVector("w3c/eddsa-rdfc-2022/signedDataInt.json"), now: shcNow.toISOString() },
      { input: vdsNcVector.text, now: vdsNcVector.now.toISOString() },
    ];
    const results = await page.evaluate(
      ({ cases, trust }) => {
        const verify = (globalThis as unknown as { verifyCertificate: (i: unknown, o: unknown) => Promise<unknown> })
          .verifyCertificate;
        return Promise.all(cases.map(({ input, now }) => verify(input, { trust, now: new Date(now) })));
      },
      { cases, trust: vectorTrust() },
    );
    expect(errors).toEqual([]);
    expect(requests).toEqual([]);
    const failed = (results as VerifyResult[]).flatMap((r) => r.checks.filter((c) => c.status === "failed"));
    expect(failed).toEqual([]);
    expect((results as VerifyResult[]).map((r) => [r.format, r.verified])).toEqual([
      ["eu-dcc", true],
      ["shc", true],
      ["w3c", true],
      ["vds-nc", true],
    ]);
    await page.close();
  }, 60_000);

  it("says why it cannot check on a page without Web Crypto, instead of failing obscurely", async () => {
    const page = await (browser as Browser).newPage();
    await page.goto("about:blank");
    await page.addScriptTag({ content: await bundle(), type: "module" });
    await page.waitForFunction(() => "verifyCertificate" in globalThis);
    const result = (await page.evaluate(
      ({ input, trust }) =>
        (
          globalThis as unknown as { verifyCertificate: (i: unknown, o: unknown) => Promise<unknown> }
        ).verifyCertificate(input, { trust }),
      { input: dccVector.text, trust: vectorTrust() },
    )) as VerifyResult;
    expect(result.verified).toBe(false);
    expect(result.checks[1]).toMatchObject({
      name: "format",
      status: "failed",
      reason: expect.stringMatching(/https/),
    });
    await page.close();
  }, 60_000);
});
