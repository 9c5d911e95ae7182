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

/**
 * What one format measured in the page: percentiles of the check, the verdict the page showed, and the median time
 * the check spent waiting on its requests (status and revocation lists fetched network-first) and how many it made.
 */
export type FormatTiming = {
  format: string;
  p50Ms: number;
  p95Ms: number;
  verdict: string;
  fetchP50Ms: number;
  requests: number;
};

type CheckTiming = { ms: number; fetchMs: number; requests: number; verdict: string };

// The requests a check made, from the resource timing entries inside its measure, and the time they took together.
const requestsDuring = (name: string) => {
  const measure = performance.getEntriesByName(name).at(-1);
  if (!measure) return undefined;
  const inside = performance
    .getEntriesByType("resource")
    .filter((entry) => entry.startTime >= measure.startTime && entry.startTime <= measure.startTime + measure.duration);
  const busy = inside.length
    ? Math.max(...inside.map((entry) => entry.startTime + entry.duration)) - Math.min(...inside.map((e) => e.startTime))
    : 0;
  return { ms: measure.duration, fetchMs: busy, requests: inside.length };
};

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
const checkOnce = async (page: Page, text: string): Promise<CheckTiming> => {
  await page.getByRole("tab", { name: "Paste" }).click();
  await page.getByLabel("Certificate text").fill(text);
  await page.evaluate((name) => {
    performance.clearMeasures(name);
    performance.clearResourceTimings();
  }, CHECK_MEASURE);
  await page.getByRole("button", { name: "Check certificate" }).click();
  const verdict = (await page.getByTestId("verdict").textContent({ timeout: 30_000 })) ?? "";
  const timing = await page.evaluate(requestsDuring, CHECK_MEASURE);
  if (timing === undefined) throw new Error("the verify page recorded no measure of its check");
  await page.getByRole("button", { name: "Check another certificate" }).click();
  return { ...timing, verdict };
};

const timeFormat = async (page: Page, sample: VerifySample): Promise<FormatTiming> => {
  await page.getByLabel("Date of entry").fill(sample.day);
  let verdict = "";
  for (let run = 0; run < WARMUP; run++) verdict = (await checkOnce(page, sample.text)).verdict;
  const runs: CheckTiming[] = [];
  for (let run = 0; run < RUNS; run++) runs.push(await checkOnce(page, sample.text));
  const times = runs.map((run) => run.ms).sort((a, b) => a - b);
  const fetches = runs.map((run) => run.fetchMs).sort((a, b) => a - b);
  return {
    format: sample.format,
    p50Ms: percentile(times, 0.5),
    p95Ms: percentile(times, 0.95),
    verdict,
    fetchP50Ms: percentile(fetches, 0.5),
    requests: runs.at(-1)?.requests ?? 0,
  };
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
