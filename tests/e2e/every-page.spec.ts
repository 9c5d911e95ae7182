import type { APIRequestContext, Page } from "@playwright/test";
import { divocCertificationRequest } from "@vax/core/testing/divoc-certification-request";
import { demoApiToken } from "@vax/db/seed";
import { allLanguages, appLanguages } from "./support/app-languages";
import { freshMobile } from "./support/facility";
import { loadSamples } from "./support/matrix-samples";
import { axeProblems, reflowProblems } from "./support/page-checks";
import { clickedViews } from "./support/page-views";
import { visitorContexts } from "./support/page-visitors";
import { pageVisits, visitorName } from "./support/page-visits";
import { expect, test } from "./support/test";
import { urls } from "./support/urls";

// What the page must show before it is checked: its own heading, not a sign-in form or an error.
const expectPageShown = async (page: Page, url: string) => {
  await expect(page, `${url} stayed where it was opened`).toHaveURL(url);
  await expect(page.locator("h1").first(), `${url} has a main heading`).toBeVisible();
};

// Each app has an icon of its own: /favicon.ico, which browsers ask for unbidden, and the icons its pages link.
const expectOwnIcons = async (request: APIRequestContext, iconLinks: Map<string, string[]>) => {
  const favicons = new Set<string>();
  for (const [app, baseUrl] of Object.entries(urls)) {
    const favicon = await request.get(`${baseUrl}/favicon.ico`);
    expect(favicon.status(), `${app} /favicon.ico`).toBe(200);
    expect(favicon.headers()["content-type"], `${app} /favicon.ico`).toMatch(/^image\//);
    favicons.add((await favicon.body()).toString("base64"));
    expect(iconLinks.get(app)?.length ?? 0, `${app} links an icon`).toBeGreaterThan(0);
    for (const href of iconLinks.get(app) ?? []) {
      const icon = await request.get(href);
      expect(icon.status(), href).toBe(200);
      expect(icon.headers()["content-type"], href).toMatch(/^image\//);
    }
  }
  expect(favicons.size, "each app's favicon is its own").toBe(Object.keys(urls).length);
};

// One test a language, each within its own time limit: the four apps have some 170 pages in three languages.
for (const language of allLanguages) {
  test(`every page of every app in ${language}${language === "en" ? ", and every view reached by a click," : ""} passes axe and reflows at 320 and 390 px${language === "en" ? "; each app has its icon" : ""}`, async ({
    browser,
    playwright,
  }) => {
    test.setTimeout(600_000);
    const started = Date.now();
    const databaseUrl = process.env.DATABASE_URL;
    if (!databaseUrl) throw new Error("DATABASE_URL is not set: run the e2e tests through `npm run test:e2e`");

    // A citizen with a certificate of their own, issued as a hospital system would, whose QR the verify page checks.
    const citizenMobile = freshMobile();
    const request = await playwright.request.newContext();
    const certified = await request.post(`${urls.facility}/api/v1/certify`, {
      headers: { authorization: `Bearer ${demoApiToken}` },
      data: [divocCertificationRequest({ recipient: { name: "Every Page", contact: [`tel:${citizenMobile}`] } })],
    });
    expect(certified.status(), await certified.text()).toBe(200);
    const [certificate] = ((await certified.json()) as { certificates: Array<{ certificateId: string; qr: string }> })
      .certificates;
    if (!certificate) throw new Error("The certify API issued no certificate");
    const samples = await loadSamples(databaseUrl, { citizenMobile, certificateId: certificate.certificateId });
    const visits = pageVisits(samples);
    const views = clickedViews({ qr: certificate.qr });
    const contexts = visitorContexts(browser, playwright.request, citizenMobile);

    const problems: string[] = [];
    const iconLinks = new Map<string, string[]>();
    let checked = 0;
    const check = async (page: Page, label: string) => {
      const found = [...(await axeProblems(page)), ...(await reflowProblems(page))];
      for (const problem of found) {
        // Printed as found as well, so a run cut short still names what it saw.
        console.log(`[every page] ${label}: ${problem}`);
        problems.push(`${label}: ${problem}`);
      }
      checked += 1;
    };

    try {
      await contexts.useLanguage(language);
      for (const visit of visits.filter(({ app }) => appLanguages[app].includes(language))) {
        const context = await contexts.contextFor(visit.app, visit.visitor);
        const page = await context.newPage();
        const label = `[${language}] ${visit.route.key} as ${visitorName(visit.visitor)}`;
        try {
          const response = await page.goto(visit.url, { waitUntil: "networkidle", timeout: 30_000 });
          expect(response?.status(), `${visit.url} answered`).toBeLessThan(400);
          await expectPageShown(page, visit.url);
          if (!iconLinks.has(visit.app)) {
            const hrefs = await page.$$eval('link[rel~="icon"]', (links) =>
              links.map((link) => (link as HTMLLinkElement).href),
            );
            iconLinks.set(visit.app, hrefs);
          }
          await check(page, label);
          // The views are reached by clicking English names; in another language the pages themselves are checked.
          for (const view of language === "en" ? (views[visit.route.key] ?? []) : []) {
            await view.reach(page);
            await check(page, `${label} → ${view.name}`);
          }
        } catch (error) {
          // Noted and passed over, so one run names every page that fails, not only the first.
          const problem = `${label}: not checked: ${(error as Error).message.split("\n")[0]}`;
          console.log(`[every page] ${problem}`);
          problems.push(problem);
        } finally {
          await page.close();
        }
      }
    } finally {
      await contexts.close();
    }

    if (language === "en") await expectOwnIcons(request, iconLinks);
    await request.dispose();

    console.log(
      `[every page] ${visits.length} pages, ${checked} views checked in ${language} in ` +
        `${((Date.now() - started) / 1000).toFixed(1)} s; ${problems.length} problem(s)`,
    );
    expect(problems, problems.join("\n")).toEqual([]);
  });
}
