import { gzipSync } from "node:zlib";
import { type BrowserContext, chromium, type Page } from "@playwright/test";
import type { TrustedIssuer } from "../../packages/credentials/src/verify/types.ts";
import { chromiumArgs } from "../../playwright.config.ts";
import { percentile } from "../lib/latency.ts";
import type { VerifySample } from "./samples.ts";

// The User Timing measure the verify page records around each check (apps/verify check-certificate.ts).
const CHECK_MEASURE = "vax:check-certificate";
const WARMUP = 5;
const RUNS = 50;

/** What one format measured in the page: percentiles of the check, and the verdict the page showed. */
export type FormatTiming = { format: string; p50Ms: number; p95Ms: number; verdict: string };

// The page trusts the platform's issuers and the vectors' ones, as a verifier that imported them would.
const trustVectors = async (context: BrowserContext, issuers: TrustedIssuer[]) => {
  await context.route("**/api/v1/trust-list", async (route) => {
    const response = await route.fetch();
    const trust = (await response.json()) as { issuers: TrustedIssuer[] };
    await route.fulfill({ response, json: { ...trust, issuers: [...trust.issuers, ...issuers] } });
  });
};

const waitForData = (page: Page) =>
  page.getByTestId("data-status").filter({ hasText: "refreshed" }).waitFor({ timeout: 60_000 });

// One check as a checker makes it: paste the decoded text, check, read the page's own measure of the check.
const checkOnce = async (page: Page, text: string): Promise<{ ms: number; verdict: string }> => {
  await page.getByRole("tab", { name: "Paste" }).click();
  await page.getByLabel("Certificate text").fill(text);
  await page.evaluate((name) => performance.clearMeasures(name), CHECK_MEASURE);
  await page.getByRole("button", { name: "Check certificate" }).click();
  const verdict = (await page.getByTestId("verdict").textContent({ timeout: 30_000 })) ?? "";
  const ms = await page.evaluate((name) => performance.getEntriesByName(name).at(-1)?.duration, CHECK_MEASURE);
  if (ms === undefined) throw new Error("the verify page recorded no measure of its check");
  await page.getByRole("button", { name: "Check another certificate" }).click();
  return { ms, verdict };
};

const timeFormat = async (page: Page, sample: VerifySample): Promise<FormatTiming> => {
  await page.getByLabel("Date of entry").fill(sample.day);
  let verdict = "";
  for (let run = 0; run < WARMUP; run++) verdict = (await checkOnce(page, sample.text)).verdict;
  const times: number[] = [];
  for (let run = 0; run < RUNS; run++) times.push((await checkOnce(page, sample.text)).ms);
  times.sort((a, b) => a - b);
  return { format: sample.format, p50Ms: percentile(times, 0.5), p95Ms: percentile(times, 0.95), verdict };
};

/**
 * Opens the verify page at `base` in Chromium (no service worker, so that every request is seen), sums the gzipped
 * size of the scripts it loads, then times the check of each sample after warm-up runs.
 */
export const measureVerifyPage = async (
  base: string,
  samples: readonly VerifySample[],
  issuers: TrustedIssuer[],
): Promise<{ scriptGzipBytes: number; scripts: number; timings: FormatTiming[] }> => {
  const browser = await chromium.launch({ executablePath: "/usr/bin/chromium", args: chromiumArgs });
  try {
    const context = await browser.newContext({ serviceWorkers: "block", viewport: { width: 390, height: 844 } });
    await trustVectors(context, issuers);
    const scripts = new Map<string, Promise<number>>();
    context.on("response", (response) => {
      if (response.request().resourceType() !== "script") return;
      scripts.set(
        response.url(),
        response.body().then(
          (body) => gzipSync(body).length,
          () => 0,
        ),
      );
    });
    const page = await context.newPage();
    await page.goto(base, { waitUntil: "networkidle" });
    await waitForData(page);
    const scriptGzipBytes = (await Promise.all(scripts.values())).reduce((sum, size) => sum + size, 0);
    const timings: FormatTiming[] = [];
    for (const sample of samples) timings.push(await timeFormat(page, sample));
    return { scriptGzipBytes, scripts: scripts.size, timings };
  } finally {
    await browser.close();
  }
};
