import { readFile } from "node:fs/promises";
import type { Page } from "@playwright/test";
import { demoCredentials } from "@vax/db/seed";
import { signIn, signInAsTenantAdmin } from "./support/sign-in";
import { expect, test } from "./support/test";
import { urls } from "./support/urls";

// The demo certificates (e2e global setup) were given 10 to 120 days ago: MR-VAC in the Measles-Rubella campaign,
// the rest in COVID-19. A range from 200 days back holds them all.
const FROM = new Date(Date.now() - 200 * 86_400_000).toISOString().slice(0, 10);

// The page is rendered on the server from several summary queries, on the embedded database that every app shares;
// on a machine busy with builds that takes seconds, past Playwright's default of five.
const PAGE_LOAD = { timeout: 30_000 };

const vaccineTable = (page: Page) => page.getByRole("region", { name: "Per vaccine and dose" });

const openDashboard = async (page: Page) => {
  await page.getByRole("navigation", { name: "Main" }).getByRole("link", { name: "Analytics" }).click();
  await expect(page.getByRole("heading", { name: "Analytics" })).toBeVisible(PAGE_LOAD);
};

const showWholeCampaign = async (page: Page) => {
  await page.getByLabel("From").fill(FROM);
  await page.getByRole("button", { name: "Apply" }).click();
  await expect(page).toHaveURL(new RegExp(`/analytics\\?programmeId=&from=${FROM}&to=`), PAGE_LOAD);
};

test.describe("the analytics dashboard", () => {
  // Each step waits on a server-rendered page (see PAGE_LOAD): three times the default test time.
  test.slow();

  test("a tenant admin recounts, filters by programme, sees the charts and tables change, and downloads a table", async ({
    page,
  }) => {
    await signInAsTenantAdmin(page, urls.admin);
    await openDashboard(page);
    await page.getByRole("button", { name: "Recount now" }).click();
    await expect(page.getByRole("button", { name: "Recount now" })).toBeEnabled(PAGE_LOAD);
    await expect(page.getByTestId("analytics-freshness")).toContainText("Figures as of");
    await showWholeCampaign(page);
    await expect(vaccineTable(page).getByRole("row", { name: /^MR-VAC 1 / })).toBeVisible(PAGE_LOAD);
    await expect(vaccineTable(page).getByRole("row", { name: /^COVISHIELD 1 / })).toBeVisible();
    await expect(
      page.locator("figure", { hasText: "Doses per vaccine and dose number" }).locator("svg.recharts-surface").first(),
    ).toBeVisible();

    await page.getByLabel("Programme").selectOption({ label: "COVID-19 Vaccination" });
    await page.getByRole("button", { name: "Apply" }).click();
    await expect(page).toHaveURL(/programmeId=[0-9a-f-]{36}/, PAGE_LOAD);
    await expect(vaccineTable(page).getByRole("row", { name: /^MR-VAC 1 / })).toHaveCount(0, PAGE_LOAD);
    await expect(vaccineTable(page).getByRole("row", { name: /^COVISHIELD 1 / })).toBeVisible();

    const [download] = await Promise.all([
      page.waitForEvent("download"),
      vaccineTable(page)
        .getByRole("link", { name: /Download CSV/ })
        .click(),
    ]);
    expect(download.suggestedFilename()).toMatch(
      new RegExp(`^analytics-vaccines-${FROM}-to-\\d{4}-\\d{2}-\\d{2}\\.csv$`),
    );
    const lines = (await readFile(await download.path(), "utf8")).trim().split("\r\n");
    expect(lines[0]).toBe("vaccine_id,vaccine,dose,doses,certificates");
    const vaccines = lines.slice(1).map((line) => line.split(",")[1]);
    expect(vaccines).toContain("COVISHIELD");
    expect(vaccines).not.toContain("MR-VAC");
    const shown = await vaccineTable(page).getByRole("row").count();
    expect(lines.length).toBe(shown);
  });

  test("a monitoring user reads it with no control that changes anything", async ({ page }) => {
    await signIn(page, urls.admin, demoCredentials.monitoring.email, demoCredentials.monitoring.password);
    await openDashboard(page);
    await showWholeCampaign(page);
    await expect(page.getByTestId("analytics-freshness")).toContainText("Figures as of");
    await expect(vaccineTable(page).getByRole("row", { name: /^COVISHIELD 1 / })).toBeVisible();
    await expect(
      page.locator("figure", { hasText: "Doses and certificates per day" }).locator("svg.recharts-surface").first(),
    ).toBeVisible();
    // The language switcher changes only how the page reads, not what it holds.
    const languages = await page.getByRole("group", { name: "Language" }).getByRole("button").allInnerTexts();
    const buttons = (await page.getByRole("button").allInnerTexts()).filter((text) => !languages.includes(text));
    expect(languages).toHaveLength(3);
    expect(buttons.map((text) => text.trim()).sort()).toEqual(["Apply", "Sign out"]);
    const refused = await page.request.post(`${urls.admin}/api/v1/analytics/refresh`, {
      data: { force: true },
      headers: { origin: urls.admin },
    });
    expect(refused.status()).toBe(403);
  });
});
