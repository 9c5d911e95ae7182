import { randomInt } from "node:crypto";
import type { APIRequestContext, Page } from "@playwright/test";
import { formatMoment } from "@vax/config/i18n";
import { divocCertificationRequest } from "@vax/core/testing/divoc-certification-request";
import { DEMO_TENANT_TIME_ZONE, demoApiToken, demoCredentials } from "@vax/db/seed";
import { localToday } from "./support/facility";
import { signIn, signInAsTenantAdmin } from "./support/sign-in";
import { expect as baseExpect, test } from "./support/test";
import { urls } from "./support/urls";
import { checkInVerifyApp, type TVerifyOutcome } from "./support/verify-check";

// Each test signs in, changes a certificate and checks it in the verify app up to three times in fresh
// browsers: far more than the default 30 s on a loaded machine, and each step may wait for a server.
test.describe.configure({ timeout: 300_000 });
const expect = baseExpect.configure({ timeout: 20_000 });

type TCertified = { certificateId: string; qr: string };

const HOLDER = "Meera Iyengar";
const ADMIN = demoCredentials.tenantAdmin.name;

// A real certificate, issued through the certify API as a hospital system would, for a person no other test uses.
const issueCertificate = async (request: APIRequestContext): Promise<TCertified> => {
  const identity = `${randomInt(2, 10)}${String(randomInt(0, 10 ** 11)).padStart(11, "0")}`;
  const response = await request.post(`${urls.facility}/api/v1/certify`, {
    headers: { authorization: `Bearer ${demoApiToken}` },
    data: [divocCertificationRequest({ identity, recipient: { name: HOLDER, dob: "1979-03-14", gender: "Female" } })],
  });
  expect(response.status()).toBe(200);
  const [certificate] = ((await response.json()) as { certificates: TCertified[] }).certificates;
  if (!certificate) throw new Error("The certify API answered no certificate");
  return certificate;
};

const openCertificate = async (page: Page, certificateId: string) => {
  await page.goto(`${urls.admin}/certificates/${certificateId}`);
  await expect(page.getByRole("heading", { name: `Certificate ${certificateId}` })).toBeVisible();
};

const section = (page: Page, name: string) => page.getByRole("region", { name });

// Opens one of the certificate's confirmations, gives the reason, and confirms it.
const confirmStep = async (
  page: Page,
  step: string,
  reason: string,
  fill?: (group: ReturnType<Page["getByRole"]>) => Promise<void>,
) => {
  await page.getByRole("button", { name: step, exact: true }).click();
  const group = page.getByRole("group", { name: step });
  await expect(group).toBeVisible();
  const confirm = group.getByRole("button", { name: `Yes, ${step.toLowerCase()}` });
  await expect(confirm).toBeDisabled();
  await group.getByLabel(/^Reason/).fill(reason);
  if (fill) await fill(group);
  await confirm.click();
  await expect(group).toHaveCount(0);
};

// The audit row of a lifecycle step names who took it and why, at a time shown beside it.
const expectHistoryRow = async (page: Page, action: RegExp, reason: string) => {
  const row = section(page, "History").getByRole("row").filter({ hasText: action }).filter({ hasText: reason });
  await expect(row).toHaveCount(1);
  await expect(row).toContainText(ADMIN);
  await expect(row.locator("time")).toHaveAttribute("datetime", /^\d{4}-\d{2}-\d{2}T/);
};

// The status lists are published within seconds of a change; a fresh check after that sees it.
const verifiedAs = (browser: Parameters<typeof checkInVerifyApp>[0], qr: string, expected: Partial<TVerifyOutcome>) =>
  expect
    .poll(
      async () => {
        const { checks, valid } = await checkInVerifyApp(browser, qr);
        return { checks, valid };
      },
      { timeout: 30_000, intervals: [1_000, 2_000, 5_000] },
    )
    .toMatchObject(expected);

const VALID = {
  valid: true,
  checks: { signature: "passed", "issuer trusted": "passed", revocation: "passed", suspension: "passed" },
};

test.describe("a tenant admin governs a certificate from its page", () => {
  test("corrects the holder's name: the preview shows old and new, the new version opens with its history, and only the new QR verifies", async ({
    page,
    request,
    browser,
  }) => {
    const original = await issueCertificate(request);
    await signInAsTenantAdmin(page, urls.admin);
    await openCertificate(page, original.certificateId);

    await page.getByRole("link", { name: "Correct", exact: true }).click();
    await expect(page).toHaveURL(`${urls.admin}/certificates/${original.certificateId}/correct`);
    const name = page.getByLabel("Name", { exact: true });
    await expect(name).toHaveValue(HOLDER);
    await expect(page.getByLabel("Date of birth")).toHaveValue("1979-03-14");
    const corrected = "Meera Iyengar Rao";
    await name.fill(corrected);

    // Without a reason nothing is previewed, and the reason is asked for beside its field.
    await page.getByRole("button", { name: "Preview the correction" }).click();
    await expect(page.getByRole("alert").filter({ hasText: /reason/i })).toBeVisible();
    await page.getByLabel("Reason for the correction").fill("Surname left out at registration");
    await page.getByRole("button", { name: "Preview the correction" }).click();

    const preview = section(page, "Preview of the new version");
    const nameRow = preview
      .getByRole("row")
      .filter({ has: page.getByRole("rowheader", { name: "Name", exact: true }) });
    await expect(nameRow).toContainText(HOLDER);
    await expect(nameRow).toContainText(corrected);
    await expect(preview.getByRole("row").filter({ hasText: "Date of birth" })).toHaveCount(0);
    await expect(preview.getByRole("row").filter({ hasText: "Valid from" })).toHaveCount(1);

    await page.getByRole("button", { name: "Confirm the correction" }).click();
    await expect(page).not.toHaveURL(new RegExp(`/certificates/${original.certificateId}`));
    await expect(page).toHaveURL(/\/certificates\/[0-9A-Z]{4}-[0-9A-Z]{4}-[0-9A-Z]{4}$/);
    const newId = page.url().split("/").pop() ?? "";
    expect(newId).not.toBe(original.certificateId);
    await expect(page.getByRole("heading", { name: `Certificate ${newId}` })).toBeVisible();
    await expect(section(page, "Recipient")).toContainText(corrected);

    const versions = section(page, "History").getByRole("listitem");
    await expect(versions).toHaveCount(2);
    await expect(versions.nth(0)).toContainText("Version 1");
    await expect(versions.nth(0)).toContainText(original.certificateId);
    await expect(versions.nth(0)).toContainText("Superseded");
    await expect(versions.nth(1)).toContainText("Version 2");
    await expect(versions.nth(1)).toContainText(`${newId} (this certificate)`);
    await expect(versions.nth(1)).toContainText("Active");
    await expectHistoryRow(page, /correct/i, "Surname left out at registration");

    // The superseded version says so and offers no step of its own.
    await versions.nth(0).getByRole("link", { name: original.certificateId }).click();
    await expect(page.getByRole("heading", { name: `Certificate ${original.certificateId}` })).toBeVisible();
    await expect(section(page, "Certificate")).toContainText("Superseded");
    await expect(page.getByRole("link", { name: "Correct", exact: true })).toHaveCount(0);
    await expect(page.getByRole("button", { name: "Revoke", exact: true })).toHaveCount(0);

    const details = await page.request.get(`${urls.admin}/api/v1/certificates/${newId}`);
    expect(details.status()).toBe(200);
    const { qr: newQr } = (await details.json()) as { qr: string };
    expect(newQr).not.toBe(original.qr);

    await verifiedAs(browser, original.qr, { valid: false, checks: { signature: "passed", revocation: "failed" } });
    await verifiedAs(browser, newQr, VALID);
    expect((await checkInVerifyApp(browser, newQr)).holder).toBe(corrected);
  });

  test("revokes a certificate behind a confirmation with a reason; the page and its history say so, and the verify app fails its revocation check", async ({
    page,
    request,
    browser,
  }) => {
    const certificate = await issueCertificate(request);
    await verifiedAs(browser, certificate.qr, VALID);
    await signInAsTenantAdmin(page, urls.admin);
    await openCertificate(page, certificate.certificateId);

    // Cancelling changes nothing.
    await page.getByRole("button", { name: "Revoke", exact: true }).click();
    await page.getByRole("group", { name: "Revoke" }).getByRole("button", { name: "Cancel" }).click();
    await expect(section(page, "Certificate")).toContainText("Active");

    await confirmStep(page, "Revoke", "Issued to the wrong person");
    const facts = section(page, "Certificate");
    await expect(facts).toContainText("Revoked: Issued to the wrong person");
    await expect(page.getByRole("button", { name: "Revoke", exact: true })).toHaveCount(0);
    await expect(page.getByRole("button", { name: "Suspend", exact: true })).toHaveCount(0);
    await expectHistoryRow(page, /revoke/i, "Issued to the wrong person");

    await verifiedAs(browser, certificate.qr, { valid: false, checks: { signature: "passed", revocation: "failed" } });
  });

  test("suspends a certificate until tomorrow, the verify app fails its suspension check, and once reinstated it verifies again", async ({
    page,
    request,
    browser,
  }) => {
    const certificate = await issueCertificate(request);
    await signInAsTenantAdmin(page, urls.admin);
    await openCertificate(page, certificate.certificateId);

    const tomorrow = localToday(new Date(Date.now() + 86_400_000));
    await confirmStep(page, "Suspend", "Under review after a complaint", (group) =>
      group.getByLabel(/^Suspended until/).fill(`${tomorrow}T09:30`),
    );
    const facts = section(page, "Certificate");
    await expect(facts).toContainText("Suspended: Under review after a complaint");
    // Typed in the browser's time zone; the portal writes it in the tenant's.
    const until = formatMoment(new Date(`${tomorrow}T09:30`), "en", DEMO_TENANT_TIME_ZONE);
    await expect(facts).toContainText(`Suspended until${until}`);
    await expectHistoryRow(page, /suspend/i, "Under review after a complaint");

    await verifiedAs(browser, certificate.qr, {
      valid: false,
      checks: { signature: "passed", revocation: "passed", suspension: "failed" },
    });

    await confirmStep(page, "Reinstate", "Complaint withdrawn");
    await expect(facts).toContainText("Active");
    await expect(facts).not.toContainText("Suspended until");
    await expectHistoryRow(page, /reinstate/i, "Complaint withdrawn");
    await expect(page.getByRole("button", { name: "Suspend", exact: true })).toBeVisible();

    await verifiedAs(browser, certificate.qr, VALID);
  });

  test("monitoring reads a certificate but is offered no step, and the lifecycle API refuses it", async ({
    page,
    request,
  }) => {
    const certificate = await issueCertificate(request);
    const { email, password } = demoCredentials.monitoring;
    await signIn(page, urls.admin, email, password);
    await openCertificate(page, certificate.certificateId);
    for (const step of ["Revoke", "Suspend"]) {
      await expect(page.getByRole("button", { name: step, exact: true })).toHaveCount(0);
    }
    await expect(page.getByRole("link", { name: "Correct", exact: true })).toHaveCount(0);
    const refused = await page.request.post(`${urls.admin}/api/v1/certificates/${certificate.certificateId}/revoke`, {
      data: { reason: "Not mine to revoke" },
      headers: { origin: urls.admin },
    });
    expect(refused.status()).toBe(403);
    expect((await page.goto(`${urls.admin}/certificates/${certificate.certificateId}/correct`))?.status()).toBe(200);
    await expect(page.getByText("Your role does not give access to this page")).toBeVisible();
    await expect(page.getByLabel("Reason for the correction")).toHaveCount(0);
  });
});
