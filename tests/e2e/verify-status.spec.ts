import { randomBytes } from "node:crypto";
import type { APIRequestContext, Page } from "@playwright/test";
import { divocCertificationRequest } from "@vax/core/testing/divoc-certification-request";
import { demoApiToken } from "@vax/db/seed";
import { statusSlot, supersedeInDatabase } from "./support/status-bits";
import { expect, test } from "./support/test";
import { urls } from "./support/urls";

type TCertified = { certificateId: string; credential: Record<string, unknown>; qr: string };

const HOLDER = "Kavya Subramanian";

// A real certificate, issued through the certify API, for a person no other test uses.
const issueCertificate = async (request: APIRequestContext): Promise<TCertified> => {
  const identity = String(100_000_000_000 + randomBytes(5).readUIntBE(0, 5)).slice(0, 12);
  const response = await request.post(`${urls.facility}/api/v1/certify`, {
    headers: { authorization: `Bearer ${demoApiToken}` },
    data: [
      divocCertificationRequest({
        identity,
        preEnrollmentCode: `VS-${identity.slice(-6)}`,
        recipient: { name: HOLDER, dob: "1990-02-14", gender: "Female", contact: ["tel:9880400456"] },
      }),
    ],
  });
  expect(response.status()).toBe(200);
  const [certificate] = ((await response.json()) as { certificates: TCertified[] }).certificates;
  if (!certificate) throw new Error("The certify API answered no certificate");
  return certificate;
};

// Revokes through the lifecycle API, as a hospital system or the ministry's back office would.
const revokeThroughApi = async (request: APIRequestContext, certificateId: string) => {
  const response = await request.post(`${urls.facility}/api/v1/certificates/${certificateId}/revoke`, {
    headers: { authorization: `Bearer ${demoApiToken}` },
    data: { reason: "Issued to the wrong person" },
  });
  expect(response.status()).toBe(200);
  expect(await response.json()).toMatchObject({ certificateId, status: "REVOKED" });
};

const checkRow = (page: Page, label: string) =>
  page
    .getByRole("list", { name: "Checks" })
    .getByRole("listitem")
    .filter({ has: page.getByText(label, { exact: true }) });

const pasteAndCheck = async (page: Page, text: string) => {
  await page.getByRole("tab", { name: "Paste" }).click();
  await page.getByLabel("Certificate text").fill(text);
  await page.getByRole("button", { name: "Check certificate" }).click();
};

// The page refreshed the trust list and the tenant's status lists, and its service worker has the app cached.
const waitUntilRefreshed = async (page: Page) => {
  await expect(page.getByTestId("data-status")).toContainText(/Trust list and \d+ status lists refreshed/, {
    timeout: 30_000,
  });
  await page.evaluate(async () => {
    await navigator.serviceWorker.ready;
  });
};

// A withdrawn certificate: its standing by name, and nothing of the holder shown.
const expectWithdrawn = async (page: Page, cause: string, reason: string) => {
  await expect(page.getByRole("heading", { name: "Not valid", exact: true })).toBeVisible({ timeout: 30_000 });
  await expect(page.getByTestId("verdict-cause")).toHaveText(cause);
  await expect(page.getByRole("heading", { name: "Valid", exact: true })).toHaveCount(0);
  await expect(checkRow(page, "Revocation")).toContainText("Failed");
  await expect(checkRow(page, "Revocation")).toContainText(reason);
  await expect(checkRow(page, "Signature")).toContainText("Passed");
  await expect(page.getByTestId("holder-name")).toHaveCount(0);
  await expect(page.getByText(HOLDER)).toHaveCount(0);
  await expect(page.getByText("the issuer has withdrawn this certificate")).toBeVisible();
};

test.describe("the verify page after a certificate is withdrawn", () => {
  test("says revoked online once it has read the lists again, and still revoked offline", async ({
    page,
    context,
    request,
  }) => {
    // Four loads that each wait for the lists to refresh: well past 30 s on a busy machine.
    test.setTimeout(90_000);
    const certificate = await issueCertificate(request);
    await page.goto(urls.verify);
    await waitUntilRefreshed(page);
    await pasteAndCheck(page, certificate.qr);
    await expect(page.getByRole("heading", { name: "Valid", exact: true })).toBeVisible({ timeout: 30_000 });
    await page.getByRole("button", { name: "Check another certificate" }).click();

    await revokeThroughApi(request, certificate.certificateId);
    // A check reuses the lists the page read in the last minute; reopened, the page reads them again at once.
    await page.reload();
    await waitUntilRefreshed(page);
    await pasteAndCheck(page, certificate.qr);
    await expectWithdrawn(page, "Revoked by the issuer", "The issuer has revoked this certificate.");

    await page.reload();
    await waitUntilRefreshed(page);
    await context.setOffline(true);
    await page.reload();
    await expect(page.getByTestId("data-status")).toContainText("Offline: using the trust list and status lists saved");
    await pasteAndCheck(page, certificate.qr);
    await expectWithdrawn(page, "Revoked by the issuer", "The issuer has revoked this certificate.");
    await expect(page.getByText("(offline copy)")).toBeVisible();
  });

  test("says superseded by a newer version, not merely revoked, also offline", async ({ page, context, request }) => {
    const certificate = await issueCertificate(request);
    await supersedeInDatabase(certificate.credential);
    await page.goto(urls.verify);
    await waitUntilRefreshed(page);
    await pasteAndCheck(page, certificate.qr);
    await expectWithdrawn(
      page,
      "Replaced by a newer certificate",
      "The issuer replaced this certificate with a newer version.",
    );

    await context.setOffline(true);
    await page.reload();
    await pasteAndCheck(page, certificate.qr);
    await expectWithdrawn(
      page,
      "Replaced by a newer certificate",
      "The issuer replaced this certificate with a newer version.",
    );
    await expect(page.getByText("(offline copy)")).toBeVisible();
  });
});

test.describe("the published status list", () => {
  test("changes within 5 s, says how long it may be kept, and answers 304 to a verifier that has it", async ({
    request,
  }) => {
    const certificate = await issueCertificate(request);
    const { url } = statusSlot(certificate.credential, "revocation");
    const served = new URL(url.replace(/^https?:\/\/[^/]+/, urls.verify));
    const first = await request.get(served.href);
    expect(first.status()).toBe(200);
    const headers = first.headers();
    expect(headers["cache-control"]).toBe("public, max-age=2, stale-while-revalidate=3, stale-if-error=86400");
    const list = (await first.json()) as { validUntil: string; proof: unknown };
    expect(Date.parse(list.validUntil) - Date.now()).toBeGreaterThan(23 * 3_600_000);
    expect(new Date(headers.expires ?? "").getTime()).toBe(Date.parse(list.validUntil));
    const unchanged = await request.get(served.href, { headers: { "if-none-match": headers.etag ?? "" } });
    expect(unchanged.status()).toBe(304);

    const revokedAt = Date.now();
    await revokeThroughApi(request, certificate.certificateId);
    await expect
      .poll(async () => (await request.get(served.href)).headers().etag, { timeout: 5_000, intervals: [250] })
      .not.toBe(headers.etag);
    expect(Date.now() - revokedAt).toBeLessThan(5_000);
    const verified = await request.post(`${urls.verify}/api/v1/verify`, { data: { qr: certificate.qr } });
    expect(await verified.json()).toMatchObject({
      verified: false,
      subject: null,
      standing: { state: "revoked" },
    });
  });
});
