import type { Page } from "@playwright/test";
import { freshMobile, localToday, openRecipient, registerRecipientByApi, signInAsVaccinator } from "./support/facility";
import { expect, test } from "./support/test";
import { urls } from "./support/urls";

type TDoseHistoryBody = { doses: Array<{ programmeName: string; dose: number; certificateId: string | null }> };

const reachesServer = (page: Page) =>
  page.evaluate(() =>
    fetch("/api/health", { cache: "no-store" }).then(
      () => true,
      () => false,
    ),
  );

const recordDose = async (page: Page, fields: { programme: string; vaccine: string; batch: string; dose?: string }) => {
  await page.getByLabel("Programme").selectOption({ label: fields.programme });
  await page.getByLabel("Vaccine").selectOption({ label: fields.vaccine });
  await page.getByLabel("Batch").fill(fields.batch);
  if (fields.dose) await page.getByLabel("Dose number").fill(fields.dose);
  await page.getByRole("button", { name: "Record dose and issue certificate" }).click();
};

test.describe("the facility app, offline", () => {
  test("is installable: a manifest with its icons, and a service worker that controls the page", async ({ page }) => {
    await signInAsVaccinator(page);
    const href = (await page.locator('link[rel="manifest"]').getAttribute("href")) ?? "";
    const manifest = (await (await page.request.get(new URL(href, urls.facility).toString())).json()) as {
      short_name: string;
      display: string;
      start_url: string;
      icons: Array<{ src: string; sizes: string; type: string; purpose: string }>;
    };
    expect(manifest).toMatchObject({ short_name: "Facility", display: "standalone", start_url: "/" });
    expect(manifest.icons).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ sizes: "192x192", type: "image/png" }),
        expect.objectContaining({ sizes: "512x512", type: "image/png", purpose: "maskable" }),
      ]),
    );
    for (const icon of manifest.icons) {
      const response = await page.request.get(`${urls.facility}${icon.src}`);
      expect(response.status()).toBe(200);
      expect(response.headers()["content-type"]).toContain(icon.type);
    }
    await expect(page.getByText("Ready to work offline")).toBeVisible({ timeout: 30_000 });
    // The page that installed the worker may have been too early for clients.claim(); every load after is its.
    await page.reload();
    expect(await page.evaluate(() => navigator.serviceWorker.controller?.scriptURL)).toBe(`${urls.facility}/sw.js`);
  });

  test("signing out forgets the recipients kept on the device", async ({ page, context }) => {
    await signInAsVaccinator(page);
    await openRecipient(page, "9876500006", "Deepak Nair");
    await expect(page.getByText("No dose recorded yet.")).toBeVisible();
    await page.getByRole("button", { name: "Sign out" }).click();
    await expect(page).toHaveURL(/\/sign-in/);

    await signInAsVaccinator(page);
    await context.setOffline(true);
    await page.getByLabel("Mobile, identity number or pre-enrolment code").fill("9876500006");
    await page.getByRole("button", { name: "Search", exact: true }).click();
    await expect(page.getByText("Offline: showing only recipients opened on this device")).toBeVisible();
    await expect(page.getByText("No recipient has the mobile, identity number or code 9876500006.")).toBeVisible();
    await context.setOffline(false);
  });

  test("opens and records doses without a network, then syncs them once with no duplicate", async ({
    page,
    context,
  }) => {
    await signInAsVaccinator(page);
    await expect(page.getByText("Ready to work offline")).toBeVisible({ timeout: 30_000 });
    // Two people on one number nobody has used, so a retry starts from no doses too.
    const mobile = freshMobile();
    await registerRecipientByApi(page, { name: "Anil Gowda", mobile });
    await registerRecipientByApi(page, { name: "Kavya Gowda", mobile });
    // Opened once online, so the device keeps Anil Gowda and his history for the offline search.
    await openRecipient(page, mobile, "Anil Gowda");
    await expect(page.getByText("No dose recorded yet.")).toBeVisible();

    await context.setOffline(true);
    expect(await reachesServer(page)).toBe(false);
    await page.reload();
    await expect(page.getByText("Offline: doses are kept on this device")).toBeVisible();
    await expect(page.getByText("Signed in as Meena Kumari, vaccinator")).toBeVisible();

    await page.getByLabel("Mobile, identity number or pre-enrolment code").fill(mobile);
    await page.getByRole("button", { name: "Search", exact: true }).click();
    await expect(page.getByText("Offline: showing only recipients opened on this device")).toBeVisible();
    await expect(page.getByRole("button", { name: "Open Kavya Gowda" })).toHaveCount(0);
    await page.getByRole("button", { name: "Open Anil Gowda" }).click();
    await expect(page.getByText("the history as last seen on this device")).toBeVisible();

    await page.getByLabel("Programme").selectOption({ label: "COVID-19 Vaccination" });
    await expect(page.getByLabel("Dose number")).toHaveValue("1");
    await expect(page.getByLabel("Date")).toHaveValue(localToday());
    await recordDose(page, {
      programme: "COVID-19 Vaccination",
      vaccine: "COVISHIELD (Serum Institute of India)",
      batch: "4121Z555",
    });
    await expect(page.getByText("Saved on this device")).toBeVisible();
    // Entered again while it waits, the same dose is refused with the reason instead of queued twice.
    await recordDose(page, {
      programme: "COVID-19 Vaccination",
      vaccine: "COVISHIELD (Serum Institute of India)",
      batch: "4121Z555",
    });
    await expect(page.getByRole("form", { name: "Record a dose" }).getByRole("alert")).toHaveText(
      `Anil Gowda's dose 1 of COVISHIELD on ${localToday()} is already waiting on this device to be sent; it was not added again.`,
    );
    // A second dose the server will refuse: it must wait for a person, not be sent again and again.
    await recordDose(page, {
      programme: "Measles-Rubella Campaign",
      vaccine: "MR-VAC (Serum Institute of India)",
      batch: "MR0999",
      dose: "3",
    });
    const pending = page.getByRole("region", { name: /Pending sync/ });
    await expect(pending.getByRole("heading")).toHaveText("Pending sync (2)");
    await expect(pending).toContainText(`Anil Gowda: COVISHIELD dose 1, ${localToday()} · pending sync`);
    await expect(pending).toContainText("Anil Gowda: MR-VAC dose 3");
    await expect(page.getByRole("region", { name: "Doses" })).toContainText("pending sync");

    const sent: string[] = [];
    page.on("request", (request) => {
      if (request.method() === "POST" && request.url().endsWith("/api/v1/doses")) sent.push(request.postData() ?? "");
    });
    await context.setOffline(false);

    await expect(pending.getByRole("heading")).toHaveText("Pending sync (0)", { timeout: 20_000 });
    const attention = page.getByRole("region", { name: /Needs attention/ });
    await expect(attention).toContainText("Dose 3 is beyond the schedule of MR-VAC, which has 2 doses");
    const issued = page.getByRole("region", { name: "Certificates issued here" }).getByRole("listitem");
    await expect(issued).toHaveCount(1);
    await expect(issued).toContainText("Anil Gowda");
    await expect(issued).toContainText("synced");
    const certificateId = ((await issued.locator(".font-mono").textContent()) ?? "").trim();
    expect(certificateId).toMatch(/^[0-9A-Z]{4}-[0-9A-Z]{4}-[0-9A-Z]{4}$/);
    expect(sent).toHaveLength(2);

    // The refused entry stays put: no blind retries.
    await page.waitForTimeout(1_000);
    expect(sent).toHaveLength(2);
    await attention.getByRole("button", { name: "Remove" }).click();
    await expect(attention).toHaveCount(0);

    await issued.getByRole("button", { name: `Show certificate ${certificateId}` }).click();
    await expect(page.getByTestId("certificate-id")).toHaveText(certificateId);
    await expect(page.getByRole("button", { name: "Print" })).toBeVisible();

    // Exactly one certificate, and replaying the synced request (same idempotency key) returns it again.
    const search = await page.request.get(`${urls.facility}/api/v1/recipients?q=${mobile}`);
    const { items } = (await search.json()) as { items: Array<{ id: string; name: string }> };
    const anil = items.find((recipient) => recipient.name === "Anil Gowda");
    expect(anil).toBeDefined();
    const covishieldRequest = sent.find((body) => body.includes(`"dose":1`)) ?? "";
    const replay = await page.request.post(`${urls.facility}/api/v1/doses`, {
      data: JSON.parse(covishieldRequest),
      headers: { origin: urls.facility },
    });
    expect(replay.ok()).toBe(true);
    expect((await replay.json()).certificateId).toBe(certificateId);
    const history = (await (
      await page.request.get(`${urls.facility}/api/v1/recipients/${anil?.id}/doses`)
    ).json()) as TDoseHistoryBody;
    expect(history.doses).toEqual([
      expect.objectContaining({ programmeName: "COVID-19 Vaccination", dose: 1, certificateId }),
    ]);

    await page.getByRole("button", { name: "Next recipient" }).click();
    await openRecipient(page, mobile, "Anil Gowda");
    await expect(page.getByRole("region", { name: "Doses" }).getByRole("listitem")).toHaveCount(1);
  });
});
