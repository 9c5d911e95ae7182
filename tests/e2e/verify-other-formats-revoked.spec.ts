import { randomBytes } from "node:crypto";
import path from "node:path";
import type { APIRequestContext, Page } from "@playwright/test";
import { divocCertificationRequest } from "@vax/core/testing/divoc-certification-request";
import { demoApiToken } from "@vax/db/seed";
import { scratchFolder } from "./support/certificate-files";
import { signInAsCitizen } from "./support/citizen-sign-in";
import { freshMobile } from "./support/facility";
import { expect, test } from "./support/test";
import { urls } from "./support/urls";

type TCertified = { certificateId: string };

const HOLDER = "Lakshmi Devi Raghavan";
const FORMATS = [
  { key: "eu-dcc", button: "EU DCC" },
  { key: "shc", button: "SMART Health Card" },
] as const;

// Dose 1 of COVISHIELD for a person on a number no other test uses, through the certify API.
const certifyFor = async (request: APIRequestContext, mobile: string): Promise<TCertified> => {
  const response = await request.post(`${urls.facility}/api/v1/certify`, {
    headers: { authorization: `Bearer ${demoApiToken}` },
    data: [
      divocCertificationRequest({
        identity: String(100_000_000_000 + randomBytes(5).readUIntBE(0, 5)).slice(0, 12),
        recipient: { name: HOLDER, contact: [`tel:${mobile}`] },
      }),
    ],
  });
  expect(response.status(), await response.text()).toBe(200);
  const [certificate] = ((await response.json()) as { certificates: TCertified[] }).certificates;
  if (!certificate) throw new Error("The certify API issued no certificate");
  return certificate;
};

// The citizen downloads the certificate's EU DCC and SMART Health Card QR pictures from the portal.
const downloadOtherFormats = async (page: Page, certificateId: string, folder: string): Promise<string[]> => {
  const card = page.getByRole("article", { name: new RegExp(certificateId) });
  const files: string[] = [];
  for (const format of FORMATS) {
    await card.getByRole("button", { name: `Show ${format.button} QR` }).click();
    const downloading = page.waitForEvent("download");
    await card.getByRole("link", { name: `Download ${format.button} QR (PNG)` }).click();
    const file = path.join(folder, `${format.key}.png`);
    await (await downloading).saveAs(file);
    files.push(file);
  }
  return files;
};

const checkRow = (page: Page, label: string) =>
  page
    .getByRole("list", { name: "Checks" })
    .getByRole("listitem")
    .filter({ has: page.getByText(label, { exact: true }) });

const uploadAndCheck = async (page: Page, file: string) => {
  await page.getByRole("tab", { name: "Upload" }).click();
  await page.getByLabel("Upload a photo or the certificate PDF").setInputFiles(file);
};

// The page has refreshed the trust list, the status lists and the DCC and SHC revocation lists, and its service
// worker has the app cached.
const waitUntilRefreshed = async (page: Page) => {
  await expect(page.getByTestId("data-status")).toContainText(
    /Trust list and \d+ status lists? refreshed .*, with \d+ revocation lists? for EU DCCs and SMART Health Cards/,
    { timeout: 30_000 },
  );
  await page.evaluate(async () => {
    await navigator.serviceWorker.ready;
  });
};

const expectValid = async (page: Page) => {
  await expect(page.getByRole("heading", { name: "Valid", exact: true })).toBeVisible({ timeout: 30_000 });
  await expect(checkRow(page, "Revocation")).toContainText("Passed");
  await expect(checkRow(page, "Revocation")).toContainText("The certificate is not revoked.");
  await page.getByRole("button", { name: "Check another certificate" }).click();
};

// Revoked by name, the signature still good, and nothing of the holder shown.
const expectRevoked = async (page: Page) => {
  await expect(page.getByRole("heading", { name: "Not valid", exact: true })).toBeVisible({ timeout: 30_000 });
  await expect(page.getByTestId("verdict-cause")).toHaveText("Revoked by the issuer");
  await expect(page.getByRole("heading", { name: "Valid", exact: true })).toHaveCount(0);
  await expect(checkRow(page, "Revocation")).toContainText("Failed");
  await expect(checkRow(page, "Revocation")).toContainText("The issuer has revoked this certificate.");
  await expect(checkRow(page, "Signature")).toContainText("Passed");
  await expect(page.getByTestId("holder-name")).toHaveCount(0);
  await expect(page.getByText("Raghavan")).toHaveCount(0);
  await expect(page.getByText("the issuer has withdrawn this certificate")).toBeVisible();
};

test("the verify page says a revoked certificate's EU DCC and SMART Health Card are revoked, online and offline", async ({
  page,
  context,
  request,
}) => {
  // A sign-in, two downloads and six checks in a browser: more than the default 30 s on a busy machine.
  test.setTimeout(150_000);
  const scratch = scratchFolder();
  try {
    const mobile = freshMobile();
    const certified = await certifyFor(request, mobile);
    await signInAsCitizen(page, mobile);
    const files = await downloadOtherFormats(page, certified.certificateId, scratch.folder);

    await page.goto(urls.verify);
    await waitUntilRefreshed(page);
    for (const file of files) {
      await uploadAndCheck(page, file);
      await expectValid(page);
    }

    const revoked = await request.post(`${urls.facility}/api/v1/certificates/${certified.certificateId}/revoke`, {
      headers: { authorization: `Bearer ${demoApiToken}` },
      data: { reason: "Recorded for the wrong person" },
    });
    expect(revoked.status()).toBe(200);
    // A check reuses the lists the page read in the last minute; reopened, the page reads them again at once.
    await page.reload();
    await waitUntilRefreshed(page);
    for (const file of files) {
      await uploadAndCheck(page, file);
      await expectRevoked(page);
      await page.getByRole("button", { name: "Check another certificate" }).click();
    }

    // The page refreshes its lists when it opens; with the network off it checks against those copies.
    await page.reload();
    await waitUntilRefreshed(page);
    await context.setOffline(true);
    await page.reload();
    await expect(page.getByTestId("data-status")).toContainText(
      /Offline: using the trust list and status lists saved .*, with \d+ revocation lists? for EU DCCs/,
    );
    for (const file of files) {
      await uploadAndCheck(page, file);
      await expectRevoked(page);
      await expect(page.getByText("(offline copy)")).toBeVisible();
      await page.getByRole("button", { name: "Check another certificate" }).click();
    }
  } finally {
    scratch.remove();
  }
});
