import { randomBytes } from "node:crypto";
import type { APIRequestContext, Page } from "@playwright/test";
import { formatMoment } from "@vax/config/i18n";
import { divocCertificationRequest } from "@vax/core/testing/divoc-certification-request";
import { DEMO_TENANT_TIME_ZONE } from "@vax/db/seed";
import { signInAsTenantAdmin, unique } from "./support/sign-in";
import { expect, test } from "./support/test";
import { urls } from "./support/urls";

const TOKEN = /^vax_[0-9a-f]{12}_[A-Za-z0-9_-]{20,}$/;

const daysAhead = (days: number) => new Date(Date.now() + days * 86_400_000).toISOString().slice(0, 10);

const certify = (request: APIRequestContext, token: string) =>
  request.post(`${urls.facility}/api/v1/certify`, {
    data: [
      divocCertificationRequest({
        identity: String(100_000_000_000 + randomBytes(5).readUIntBE(0, 5)).slice(0, 12),
        vaccination: { effectiveStart: "2026-11-30", effectiveUntil: "2027-11-30" },
      }),
    ],
    headers: { authorization: `Bearer ${token}` },
  });

// The token is shown once, in the box under the "API token" heading, as a person would copy it.
const shownToken = async (page: Page) => {
  const token = (await page.getByText(TOKEN).textContent())?.trim() ?? "";
  expect(token).toMatch(TOKEN);
  return token;
};

const openClient = async (page: Page, name: string) => {
  await page.goto(`${urls.admin}/api-clients`);
  await page.getByLabel("Search by name or prefix").fill(name);
  await page.getByRole("table").getByRole("link", { name }).click();
  await expect(page.getByRole("heading", { name, level: 1 })).toBeVisible();
};

test.describe("API client tokens in the admin portal", () => {
  test("creates a client with an expiry, rotates its token, and the certify API takes the new token and refuses the old", async ({
    page,
    request,
  }) => {
    const name = unique("Hospital records system");
    const expiresOn = daysAhead(30);
    await signInAsTenantAdmin(page, urls.admin);

    await page
      .getByRole("navigation", { name: "Main" })
      .getByRole("link", { name: "API clients", exact: true })
      .click();
    await page.getByRole("link", { name: "New API client" }).click();
    await page.getByLabel("Name", { exact: true }).fill(name);
    await page.getByRole("checkbox", { name: "certificate:issue" }).check();
    await page.getByRole("checkbox", { name: "certificate:read" }).check();
    await page.getByLabel("Expires on").fill(expiresOn);
    await page.getByRole("button", { name: "Save" }).click();
    await expect(page.getByRole("heading", { name: "Copy this token now" })).toBeVisible();
    await expect(page.getByText(/^The token expires /)).toBeVisible();
    const first = await shownToken(page);
    expect((await certify(request, first)).status()).toBe(200);

    await openClient(page, name);
    const facts = page.getByRole("definition");
    await expect(facts.nth(0)).toHaveText(`vax_${first.split("_")[1]}_…`);
    // The token works through the chosen day (UTC); the page writes it in the tenant's time zone, as the portal does everywhere.
    const lastMinute = new Date(`${expiresOn}T23:59:59.999Z`);
    await expect(facts.nth(1)).toHaveText(formatMoment(lastMinute, "en", DEMO_TENANT_TIME_ZONE));
    await expect(facts.nth(2)).toHaveText("Never");

    await page.getByRole("button", { name: "Rotate token" }).click();
    await expect(page.getByRole("heading", { name: `Rotate the token of “${name}”?` })).toBeVisible();
    // Cancel leaves everything as it was.
    await page.getByRole("button", { name: "Cancel" }).click();
    await expect(page.getByRole("heading", { name: `Rotate the token of “${name}”?` })).toBeHidden();
    expect((await certify(request, first)).status()).toBe(200);

    await page.getByRole("button", { name: "Rotate token" }).click();
    await page
      .getByLabel("The current token keeps working for")
      .selectOption({ label: "No time: it stops working at once (it has leaked)" });
    await page.getByRole("button", { name: "Rotate now" }).click();
    await expect(page.getByRole("heading", { name: "Copy the new token now" })).toBeVisible();
    await expect(page.getByText("The old token no longer works.")).toBeVisible();
    const second = await shownToken(page);
    expect(second).not.toBe(first);
    await expect(facts.nth(0)).toHaveText(`vax_${second.split("_")[1]}_…`);
    await expect(facts.nth(2)).not.toHaveText("Never");

    const issued = await certify(request, second);
    expect(issued.status()).toBe(200);
    const [{ certificateId }] = ((await issued.json()) as { certificates: [{ certificateId: string }] }).certificates;
    const download = await request.get(`${urls.citizen}/api/v1/certificates/${certificateId}`, {
      headers: { authorization: `Bearer ${second}` },
    });
    expect(download.status()).toBe(200);
    const old = await certify(request, first);
    expect(old.status()).toBe(401);
    expect(await old.json()).toMatchObject({
      error: { code: "UNAUTHENTICATED", message: expect.stringMatching(/^This API token was replaced by a new one/) },
    });

    // Reloaded, the page no longer shows any token, only its prefix.
    await page.reload();
    await expect(page.getByText(TOKEN)).toHaveCount(0);

    await page.getByRole("navigation", { name: "Main" }).getByRole("link", { name: "Audit log", exact: true }).click();
    const search = page.getByLabel("Search by action, entity or actor");
    for (const action of ["api-client.created", "api-client.rotated", "user.signed-in"]) {
      await search.fill(action);
      await expect(page.getByRole("table").getByText(action).first()).toBeVisible();
    }
    // The certificate fetched with the new token, with the client that fetched it.
    await search.fill(`API client ${name}`);
    const downloaded = page.getByRole("row").filter({ hasText: "certificate.downloaded" });
    await expect(downloaded).toHaveCount(1);
    await expect(downloaded).toContainText(`API client ${name} (${second.split("_")[1]})`);
  });

  test("refuses an expiry in the past beside the field and creates nothing", async ({ page }) => {
    const name = unique("Expired before it began");
    await signInAsTenantAdmin(page, urls.admin);
    await page.goto(`${urls.admin}/api-clients/new`);
    await page.getByLabel("Name", { exact: true }).fill(name);
    await page.getByRole("checkbox", { name: "certificate:read" }).check();
    await page.getByLabel("Expires on").fill("2020-01-31");
    await page.getByRole("button", { name: "Save" }).click();
    await expect(page.getByText("The expiry must be in the future").first()).toBeVisible();
    await expect(page).toHaveURL(`${urls.admin}/api-clients/new`);
    const list = await page.request.get(`${urls.admin}/api/v1/api-clients?q=${encodeURIComponent(name)}&status=all`);
    expect((await list.json()).total).toBe(0);

    const rotateBad = await page.request.post(
      `${urls.admin}/api/v1/api-clients/00000000-0000-7000-8000-000000000000/rotate`,
      { data: { graceHours: 500 }, headers: { origin: urls.admin } },
    );
    expect(rotateBad.status()).toBe(400);
    expect((await rotateBad.json()).error.details).toContainEqual({
      path: "graceHours",
      message: "Grace hours must be a whole number from 0 to 168",
    });
  });
});
