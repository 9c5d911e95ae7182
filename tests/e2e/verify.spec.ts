import { randomBytes } from "node:crypto";
import { writeFileSync } from "node:fs";
import { type APIRequestContext, chromium, type Locator, type Page } from "@playwright/test";
import { formatCalendarDate } from "@vax/config/i18n";
import { divocCertificationRequest } from "@vax/core/testing/divoc-certification-request";
import { qrPng } from "@vax/credentials/qr";
import { demoApiToken } from "@vax/db/seed";
import { fakeCameraArgs, fakeCameraVideo, fakePhoto } from "./support/fake-camera";
import { expect, test, watchContentSecurityPolicy } from "./support/test";
import { urls } from "./support/urls";

type TCertified = { certificateId: string; credential: Record<string, unknown>; qr: string };

const HOLDER = "Asha Ramakrishnan";

// A real certificate, issued through the certify API as a hospital system would, for a person no other test uses.
const issueCertificate = async (request: APIRequestContext): Promise<TCertified> => {
  const identity = String(100_000_000_000 + randomBytes(5).readUIntBE(0, 5)).slice(0, 12);
  const response = await request.post(`${urls.facility}/api/v1/certify`, {
    headers: { authorization: `Bearer ${demoApiToken}` },
    data: [
      divocCertificationRequest({
        identity,
        preEnrollmentCode: `VF-${identity.slice(-6)}`,
        recipient: {
          name: HOLDER,
          dob: "1988-07-21",
          gender: "Female",
          contact: ["tel:9880400123"],
          address: { addressLine1: "12, 4th Cross", district: "Bengaluru", state: "Karnataka", pincode: "560011" },
        },
        vaccination: { batch: "4121Z077" },
      }),
    ],
  });
  expect(response.status()).toBe(200);
  const [certificate] = ((await response.json()) as { certificates: TCertified[] }).certificates;
  if (!certificate) throw new Error("The certify API answered no certificate");
  return certificate;
};

const checkRow = (page: Page, label: string) =>
  page
    .getByRole("list", { name: "Checks" })
    .getByRole("listitem")
    .filter({ has: page.getByText(label, { exact: true }) });

// What a checker sees for a good certificate: the verdict, the holder and dose, and the status checks passed.
const expectValid = async (page: Page) => {
  await expect(page.getByRole("heading", { name: "Valid", exact: true })).toBeVisible({ timeout: 30_000 });
  await expect(page.getByTestId("holder-name")).toHaveText(HOLDER);
  await expect(page.getByText("21 Jul 1988")).toBeVisible();
  await expect(page.getByText("Dose 1 of 2")).toBeVisible();
  await expect(page.getByText("4121Z077")).toBeVisible();
  await expect(page.getByText("Demo Ministry of Health").first()).toBeVisible();
  for (const label of ["Signature", "Issuer trusted", "Revocation", "Suspension"]) {
    await expect(checkRow(page, label)).toContainText("Passed");
  }
};

// The page has loaded the trust list and the tenant's status lists, and its service worker has the app cached.
const waitUntilReadyOffline = async (page: Page) => {
  await expect(page.getByTestId("data-status")).toContainText(/Trust list and \d+ status lists refreshed/, {
    timeout: 30_000,
  });
  await page.evaluate(async () => {
    await navigator.serviceWorker.ready;
  });
};

// The text a person sees: what a closed <details> folds away is not rendered, so not in it.
const shownText = (locator: Locator): Promise<string> =>
  // biome-ignore lint/performance/useDomNodeTextContent: the rendered text is the point, not the DOM's.
  locator.innerText();

const pasteAndCheck = async (page: Page, text: string) => {
  await page.getByRole("tab", { name: "Paste" }).click();
  await page.getByLabel("Certificate text").fill(text);
  await page.getByRole("button", { name: "Check certificate" }).click();
};

type TManifest = {
  display: string;
  start_url: string;
  theme_color: string;
  icons: { src: string; sizes: string; type: string }[];
};

test.describe("the verify app", () => {
  test("is installable: a web manifest with icons and a theme colour, and a service worker for the whole app", async ({
    page,
    request,
  }) => {
    await page.goto(urls.verify);
    const href = await page.locator('link[rel="manifest"]').getAttribute("href");
    const manifest = (await (await request.get(new URL(href ?? "", urls.verify).href)).json()) as TManifest;
    expect(manifest).toMatchObject({ display: "standalone", start_url: "/", theme_color: "#0f766e" });
    for (const sizes of ["192x192", "512x512"]) {
      const icon = manifest.icons.find((candidate) => candidate.sizes === sizes && candidate.type === "image/png");
      const file = await request.get(new URL(icon?.src ?? "", urls.verify).href);
      expect(file.headers()["content-type"]).toBe("image/png");
    }
    await expect(page.locator('meta[name="theme-color"]')).toHaveAttribute("content", "#0f766e");
    const scope = await page.evaluate(async () => (await navigator.serviceWorker.ready).scope);
    expect(scope).toBe(`${urls.verify}/`);
  });

  test("reads a real certificate's QR through the camera and shows it valid", async ({ request }, testInfo) => {
    const certificate = await issueCertificate(request);
    const picture = testInfo.outputPath("qr.png");
    writeFileSync(picture, (await qrPng(certificate.qr)).png);
    const video = fakeCameraVideo(picture, testInfo.outputPath("qr-camera.y4m"));
    const { launchOptions } = testInfo.project.use;
    // The camera flags are fixed when Chromium starts, so this test starts its own browser with them.
    const browser = await chromium.launch({
      executablePath: launchOptions?.executablePath ?? "/usr/bin/chromium",
      args: [...(launchOptions?.args ?? []), ...fakeCameraArgs(video)],
    });
    try {
      const context = await browser.newContext({ viewport: { width: 390, height: 844 } });
      await watchContentSecurityPolicy(context);
      const page = await context.newPage();
      await page.goto(urls.verify);
      await page.getByRole("button", { name: "Start camera" }).click();
      await expectValid(page);
      await expect(checkRow(page, "Readable")).toContainText("The code was read.");
      // How it was read is a technical detail, folded away.
      const result = page.getByRole("article", { name: "Check result" });
      expect(await shownText(result)).not.toContain("native QR");
      await page.getByText("Technical details").click();
      await expect(page.getByTestId("technical-details")).toContainText("native QR");
    } finally {
      await browser.close();
    }
  });

  test("a certificate with one character of the name changed is not valid, names the signature, shows no name", async ({
    page,
    request,
  }) => {
    const certificate = await issueCertificate(request);
    const credential = structuredClone(certificate.credential) as { credentialSubject: { name: string } };
    expect(credential.credentialSubject.name).toBe(HOLDER);
    credential.credentialSubject.name = HOLDER.replace("Asha", "Usha");
    await page.goto(urls.verify);
    await pasteAndCheck(page, JSON.stringify(credential));
    await expect(page.getByRole("heading", { name: "Not valid", exact: true })).toBeVisible({ timeout: 30_000 });
    await expect(checkRow(page, "Signature")).toContainText("Failed");
    await expect(checkRow(page, "Signature")).toContainText("changed after it was issued, or forged");
    await expect(page.getByTestId("verdict-cause")).toHaveText("Altered or forged");
    // A check that depends on the signature reads "Not checked", never "Passed".
    await expect(checkRow(page, "Issuer trusted")).toContainText("Not checked, because the signature check failed.");
    // No identifier is shown outside the technical details, which stay folded until asked for.
    const result = page.getByRole("article", { name: "Check result" });
    expect(await shownText(result)).not.toContain("did:web:");
    await page.getByText("Technical details").click();
    expect(await shownText(result)).toContain("did:web:");
    await expect(page.getByRole("status").filter({ hasText: "the signature check failed" })).toBeAttached();
    await expect(page.getByTestId("holder-name")).toHaveCount(0);
    await expect(page.getByText("Ramakrishnan")).toHaveCount(0);
    await expect(page.getByText("No personal details are shown")).toBeVisible();
  });

  test("reads the QR from the certificate PDF and from a photo of it", async ({ page, request }, testInfo) => {
    const certificate = await issueCertificate(request);
    const download = await request.get(`${urls.citizen}/api/v1/certificates/${certificate.certificateId}/pdf`, {
      headers: { authorization: `Bearer ${demoApiToken}` },
    });
    expect(download.status()).toBe(200);
    const pdf = testInfo.outputPath("certificate.pdf");
    writeFileSync(pdf, await download.body());
    const picture = testInfo.outputPath("qr.png");
    writeFileSync(picture, (await qrPng(certificate.qr)).png);
    const photo = fakePhoto(picture, testInfo.outputPath("photo.jpg"));

    await page.goto(urls.verify);
    for (const file of [pdf, photo]) {
      await page.getByRole("tab", { name: "Upload" }).click();
      await page.getByLabel("Upload a photo or the certificate PDF").setInputFiles(file);
      await expectValid(page);
      await page.getByRole("button", { name: "Check another certificate" }).click();
    }
  });

  test("once loaded, checks a certificate with the network off, from the saved trust and status lists", async ({
    page,
    context,
    request,
  }) => {
    const certificate = await issueCertificate(request);
    await page.goto(urls.verify);
    await waitUntilReadyOffline(page);
    // A checker judging for a journey tomorrow; the choice is kept on the device.
    const tomorrow = await page.evaluate(() => {
      const day = new Date(Date.now() + 86_400_000);
      return `${day.getFullYear()}-${String(day.getMonth() + 1).padStart(2, "0")}-${String(day.getDate()).padStart(2, "0")}`;
    });
    await page.getByLabel("Date of entry").fill(tomorrow);

    await context.setOffline(true);
    await page.reload();
    await expect(page.getByRole("heading", { name: "Verify a vaccination certificate" })).toBeVisible();
    await expect(page.getByTestId("data-status")).toContainText("Offline: using the trust list and status lists saved");
    // What the device holds, and when each part was last refreshed, is there to see offline too.
    const kept = page.getByRole("list", { name: "Data kept on this device" });
    await expect(kept).toContainText(/Trust list: \d+ issuers?, refreshed/);
    await expect(kept).toContainText(/Status lists: refreshed/);
    await expect(page.getByTestId("rules-status")).toContainText(/Rules: \d+ rules?, refreshed/);
    await expect(page.getByTestId("stale-warning")).toHaveCount(0);
    await expect(page.getByLabel("Date of entry")).toHaveValue(tomorrow);
    await expect(
      page.getByText(`Certificates are judged as on ${formatCalendarDate(tomorrow, "en")}, not today.`),
    ).toBeVisible();
    await pasteAndCheck(page, certificate.qr);
    await expectValid(page);
    await expect(page.getByText("(offline copy)")).toBeVisible();
    await expect(page.getByTestId("technical-details")).toContainText(`validity judged at ${tomorrow}`);
  });

  test("says it could not check revocation, not valid, when the status lists cannot be fetched, and checks again", async ({
    browser,
    request,
  }) => {
    const certificate = await issueCertificate(request);
    // A fresh context with no saved lists; without a service worker every request is the page's, so routable.
    const context = await browser.newContext({ serviceWorkers: "block" });
    let unreachable = true;
    await context.route("**/tenants/*/status/**", (route) =>
      unreachable ? route.abort("internetdisconnected") : route.continue(),
    );
    try {
      const page = await context.newPage();
      await page.goto(urls.verify);
      await expect(page.getByTestId("data-status")).toContainText("Trust list and 0 status lists refreshed", {
        timeout: 30_000,
      });
      await pasteAndCheck(page, certificate.qr);
      await expect(page.getByRole("heading", { name: "Could not check", exact: true })).toBeVisible({
        timeout: 30_000,
      });
      const result = page.getByRole("article", { name: "Check result" });
      await expect(result.getByText("Revocation could not be checked — try again online.")).toBeVisible();
      await expect(page.getByRole("heading", { name: "Valid", exact: true })).toHaveCount(0);
      await expect(page.getByRole("heading", { name: "Not valid", exact: true })).toHaveCount(0);
      await expect(checkRow(page, "Revocation")).toContainText("Failed");
      await expect(checkRow(page, "Revocation")).toContainText(
        "Could not be checked: the issuer's list of revoked certificates could not be reached.",
      );
      await expect(result.getByTestId("technical-details")).toContainText(
        "Could not check revocation: the issuer's status list could not be fetched",
      );
      await expect(checkRow(page, "Signature")).toContainText("Passed");
      await expect(page.getByTestId("holder-name")).toHaveText(HOLDER);

      unreachable = false;
      await page.getByRole("button", { name: "Check again" }).click();
      await expectValid(page);
    } finally {
      await context.close();
    }
  });
});
