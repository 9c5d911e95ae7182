import { randomInt } from "node:crypto";
import type { Page } from "@playwright/test";
import { divocCertificationRequest } from "@vax/core/testing/divoc-certification-request";
import { decodeNativeQr } from "@vax/credentials/qr";
import { readQrPng } from "@vax/credentials/qr/png";
import { demoApiToken, demoCredentials } from "@vax/db/seed";
import { signIn, signInAsTenantAdmin } from "./support/sign-in";
import { expect, test } from "./support/test";
import { urls } from "./support/urls";

// The e2e global setup issues the demo certificates: Ravi Kumar (doses 1 and 2), Lakshmi Ravi and Arjun Ravi on this number.
const FAMILY_MOBILE = "9876500001";
// As lists show it: enough to tell people apart, not enough to call them.
const FAMILY_MOBILE_MASKED = "+91 98XXX XX001";
const SEARCH_LABEL = "Certificate id, mobile, name or identity number";

type TSearchAnswer = {
  total: number;
  items: Array<{
    certificateId: string;
    recipientName: string;
    dose: number;
    recipientMobile: string;
    recipientIdentity: string;
  }>;
};
type TDetailsAnswer = { certificateId: string; doses: Array<{ dose: number; batch: string; source: string }> };

const searchFor = async (page: Page, text: string) => {
  await page.getByLabel(SEARCH_LABEL).fill(text);
  await page.getByRole("button", { name: "Search" }).click();
  await expect(page).toHaveURL(`${urls.admin}/certificates?q=${encodeURIComponent(text)}`);
  return page.getByRole("table").getByRole("row");
};

const section = (page: Page, name: string) => page.getByRole("region", { name });

// The QR is drawn at its on-screen size; three device pixels per CSS pixel keep every module readable in a screenshot.
test.use({ deviceScaleFactor: 3 });

test.describe("a tenant admin finds certificates", () => {
  test("searches by mobile, name and a certificate id typed in lower case, and opens one with its doses and history", async ({
    page,
  }) => {
    await signInAsTenantAdmin(page, urls.admin);
    await page
      .getByRole("navigation", { name: "Main" })
      .getByRole("link", { name: "Certificates", exact: true })
      .click();
    await expect(page.getByRole("heading", { name: "Certificates" })).toBeVisible();

    const family = await searchFor(page, FAMILY_MOBILE);
    await expect(page.getByRole("table")).toContainText(`as a mobile number`);
    await expect(family.filter({ hasText: "Lakshmi Ravi" })).toHaveCount(1);
    await expect(family.filter({ hasText: "Arjun Ravi" })).toHaveCount(1);
    await expect(family.filter({ hasText: "Ravi Kumar" })).toHaveCount(2);
    for (const row of await family.filter({ hasText: "Ravi" }).all()) {
      await expect(row).toContainText(`Mobile ${FAMILY_MOBILE_MASKED}`);
      await expect(row).toContainText(/Aadhaar XXXX XXXX \d{4}/);
    }
    await expect(family.filter({ hasText: FAMILY_MOBILE })).toHaveCount(0);
    const secondDose = family.filter({ hasText: "Ravi Kumar" }).filter({ hasText: "2 of 2" });
    const certificateId = (await secondDose.getByRole("link").textContent())?.trim() ?? "";
    expect(certificateId).toMatch(/^[0-9A-Z]{4}-[0-9A-Z]{4}-[0-9A-Z]{4}$/);

    const byName = await searchFor(page, "lakshmi");
    await expect(byName.filter({ hasText: "Lakshmi Ravi" })).toHaveCount(1);
    await expect(byName.filter({ hasText: "Ravi Kumar" })).toHaveCount(0);
    await expect(byName.filter({ hasText: "COVID-19" })).toHaveCount(1);

    const typed = certificateId.toLowerCase().replaceAll("-", "");
    const byId = await searchFor(page, typed);
    // The header row and the one certificate.
    await expect(byId).toHaveCount(2);
    await byId.getByRole("link", { name: certificateId }).click();

    await expect(page).toHaveURL(`${urls.admin}/certificates/${certificateId}`);
    await expect(page.getByRole("heading", { name: `Certificate ${certificateId}` })).toBeVisible();
    const facts = section(page, "Certificate");
    await expect(facts).toContainText("Active");
    await expect(facts).toContainText("2 of 2");
    await expect(facts).toContainText("W3C Verifiable Credential 2.0");
    await expect(facts).toContainText(/List \d+, index \d+/);
    const recipient = section(page, "Recipient");
    await expect(recipient).toContainText("Ravi Kumar");
    await expect(recipient).toContainText(FAMILY_MOBILE);
    await expect(recipient).toContainText(/AADHAAR XXXX XXXX \d{4}/);

    const doses = section(page, "Doses").getByRole("row");
    await expect(doses).toHaveCount(3);
    await expect(doses.nth(1)).toContainText("1 of 2");
    await expect(doses.nth(1)).toContainText("COVISHIELD");
    await expect(doses.nth(1)).toContainText("4121Z005");
    await expect(doses.nth(1)).toContainText("Facility app");
    await expect(doses.nth(2)).toContainText("2 of 2");
    await expect(doses.nth(2)).toContainText("(this certificate)");
    await expect(doses.nth(2)).toContainText("4121Z040");

    const history = section(page, "History");
    await expect(history.getByRole("listitem")).toHaveCount(1);
    await expect(history.getByRole("listitem")).toContainText("Version 1");
    await expect(history.getByRole("listitem")).toContainText(`${certificateId} (this certificate)`);
    const audit = history.getByRole("row").filter({ hasText: "certificate.issued" });
    await expect(audit).toHaveCount(1);
    await expect(audit).toContainText("demo seed");

    const qrImage = section(page, "QR code").getByRole("img", { name: `QR code of certificate ${certificateId}` });
    const scanned = readQrPng(await qrImage.screenshot({ scale: "device" }));
    expect(scanned.ok ? (decodeNativeQr(scanned.text) as { id?: string }).id : scanned.error).toBe(
      `urn:vax:certificate:${certificateId}`,
    );

    const credential = section(page, "Credential");
    await expect(credential.locator("pre")).toBeHidden();
    await credential.getByText("Show the signed credential (JSON)").click();
    await expect(credential.locator("pre")).toContainText(`"urn:vax:certificate:${certificateId}"`);
    await expect(credential.locator("pre")).toContainText('"DataIntegrityProof"');
  });

  test("the certificates API answers a search and a certificate by its typed id, and nothing without a session", async ({
    page,
    playwright,
  }) => {
    await signInAsTenantAdmin(page, urls.admin);
    const search = await page.request.get(`${urls.admin}/api/v1/certificates?q=${FAMILY_MOBILE}&page=1`);
    expect(search.status()).toBe(200);
    const found = (await search.json()) as TSearchAnswer;
    expect(new Set(found.items.map(({ recipientName }) => recipientName))).toEqual(
      new Set(["Ravi Kumar", "Lakshmi Ravi", "Arjun Ravi"]),
    );
    expect(new Set(found.items.map(({ recipientMobile }) => recipientMobile))).toEqual(new Set([FAMILY_MOBILE_MASKED]));
    expect(found.items[0]?.recipientIdentity).toMatch(/^XXXX XXXX \d{4}$/);
    expect(JSON.stringify(found.items)).not.toContain(FAMILY_MOBILE);
    const ravi = found.items.find(({ recipientName, dose }) => recipientName === "Ravi Kumar" && dose === 2);
    const typed = ravi?.certificateId.toLowerCase().replaceAll("-", "") ?? "";
    const one = await page.request.get(`${urls.admin}/api/v1/certificates/${typed}`);
    expect(one.status()).toBe(200);
    const details = (await one.json()) as TDetailsAnswer;
    expect(details.certificateId).toBe(ravi?.certificateId);
    expect(details.doses.map(({ dose, batch, source }) => ({ dose, batch, source }))).toEqual([
      { dose: 1, batch: "4121Z005", source: "FACILITY_APP" },
      { dose: 2, batch: "4121Z040", source: "FACILITY_APP" },
    ]);
    expect((await page.request.get(`${urls.admin}/api/v1/certificates/unknown-id`)).status()).toBe(404);
    const tooLong = await page.request.get(`${urls.admin}/api/v1/certificates?q=${"9".repeat(101)}`);
    expect(tooLong.status()).toBe(400);

    const anonymous = await playwright.request.newContext();
    expect((await anonymous.get(`${urls.admin}/api/v1/certificates?q=${FAMILY_MOBILE}`)).status()).toBe(401);
    await anonymous.dispose();
  });
});

test.describe("a facility admin finds the certificates of their own facility", () => {
  test("finds and opens a dose given at PHC Jayanagar, and neither finds nor opens one given at DH Yelahanka", async ({
    page,
    request,
  }) => {
    // Two doses as hospital systems report them: one at the facility admin's PHC, one elsewhere.
    const certifyAt = async (facility: string, name: string) => {
      const identity = `${randomInt(2, 10)}${String(randomInt(0, 10 ** 11)).padStart(11, "0")}`;
      const answer = await request.post(`${urls.facility}/api/v1/certify`, {
        headers: { authorization: `Bearer ${demoApiToken}` },
        data: [divocCertificationRequest({ identity, recipient: { name }, facility: { name: facility } })],
      });
      expect(answer.status()).toBe(200);
      const [{ certificateId }] = ((await answer.json()) as { certificates: Array<{ certificateId: string }> })
        .certificates as [{ certificateId: string }];
      return { identity, certificateId };
    };
    const here = await certifyAt("Primary Health Centre Jayanagar", "Rekha Shetty");
    const elsewhere = await certifyAt("District Hospital Yelahanka", "Nandini Gowda");

    const { email, password } = demoCredentials.facilityAdmin;
    await signIn(page, urls.admin, email, password);
    await page
      .getByRole("navigation", { name: "Main" })
      .getByRole("link", { name: "Certificates", exact: true })
      .click();
    const own = await searchFor(page, here.identity);
    await expect(own.filter({ hasText: "Rekha Shetty" })).toContainText(
      `Aadhaar XXXX XXXX ${here.identity.slice(-4)} · Mobile +91 98XXX XX889`,
    );
    await expect(own.filter({ hasText: here.identity })).toHaveCount(0);
    await own.getByRole("link", { name: here.certificateId }).click();
    await expect(page.getByRole("heading", { name: `Certificate ${here.certificateId}` })).toBeVisible();
    await expect(section(page, "Recipient")).toContainText("9880414889");

    await page.goto(`${urls.admin}/certificates`);
    // The demo family's doses were given at DH Yelahanka too.
    for (const q of [elsewhere.identity, "Nandini", elsewhere.certificateId, FAMILY_MOBILE]) {
      await searchFor(page, q);
      await expect(page.getByText("No certificates found.")).toBeVisible();
    }
    const opened = await page.goto(`${urls.admin}/certificates/${elsewhere.certificateId}`);
    expect(opened?.status()).toBe(404);
    const api = await page.request.get(`${urls.admin}/api/v1/certificates/${elsewhere.certificateId}`);
    expect(api.status()).toBe(404);
    expect(((await api.json()) as { error: { code: string } }).error.code).toBe("NOT_FOUND");

    // The tenant admin finds it, masked in the list like any other.
    await page.context().clearCookies();
    await signInAsTenantAdmin(page, urls.admin);
    await page.goto(`${urls.admin}/certificates`);
    const found = await searchFor(page, elsewhere.identity);
    await expect(found.filter({ hasText: "Nandini Gowda" })).toContainText(
      `Aadhaar XXXX XXXX ${elsewhere.identity.slice(-4)}`,
    );
  });
});
