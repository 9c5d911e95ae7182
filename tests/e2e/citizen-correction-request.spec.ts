import { randomBytes } from "node:crypto";
import type { APIRequestContext, BrowserContext, Locator, Page } from "@playwright/test";
import { divocCertificationRequest } from "@vax/core/testing/divoc-certification-request";
import { demoApiToken } from "@vax/db/seed";
import { signInAsCitizen } from "./support/citizen-sign-in";
import { freshMobile } from "./support/facility";
import { signInAsTenantAdmin, unique } from "./support/sign-in";
import { expect, test, watchContentSecurityPolicy } from "./support/test";
import { urls } from "./support/urls";

const FACILITY = "Primary Health Centre Jayanagar";

// Two people on one fresh number, each with a certificate: one sign-in (a number gets a code a minute) serves every test.
const issueCertificate = async (request: APIRequestContext, name: string, mobile: string): Promise<string> => {
  const response = await request.post(`${urls.facility}/api/v1/certify`, {
    data: [
      divocCertificationRequest({
        identity: String(100_000_000_000 + randomBytes(5).readUIntBE(0, 5)).slice(0, 12),
        recipient: { name, contact: [`tel:${mobile}`] },
      }),
    ],
    headers: { authorization: `Bearer ${demoApiToken}` },
  });
  expect(response.status(), await response.text()).toBe(200);
  const { certificates } = (await response.json()) as { certificates: Array<{ certificateId: string }> };
  const certificateId = certificates[0]?.certificateId;
  if (!certificateId) throw new Error("The certify API issued no certificate");
  return certificateId;
};

const askForCorrection = async (card: Locator, detail: string, value: string, note: string) => {
  await card.getByText("Ask for a correction").click();
  await card.getByLabel("Which detail is wrong").selectOption({ label: detail });
  await card.getByLabel("The right value").fill(value);
  await card.getByLabel("Note for the reviewer").fill(note);
  await card.getByRole("button", { name: "Send request" }).click();
  await expect(card.getByText("A correction you asked for is waiting for review.")).toBeVisible();
};

// Two sign-ins, certificates issued and corrected: more than the default allows on a busy machine.
test.describe.configure({ mode: "serial", timeout: 120_000 });

test.describe("a citizen's correction requests and feedback", () => {
  let citizenContext: BrowserContext;
  let adminContext: BrowserContext;
  let citizen: Page;
  let admin: Page;
  const mobile = freshMobile();
  const approvedName = unique("Karan Mehta");
  const rejectedName = unique("Divya Menon");
  let approvedCertificate: string;
  let rejectedCertificate: string;

  const person = (name: string) => citizen.getByRole("region", { name });
  const currentCard = (name: string) => person(name).getByRole("article").first();
  const queueItem = (certificateId: string) =>
    admin.getByRole("article", { name: `Correction request for certificate ${certificateId}` });
  const citizenRequest = (certificateId: string) =>
    citizen
      .getByRole("region", { name: "Your correction requests" })
      .getByRole("article", { name: `Correction request for certificate ${certificateId}` });

  test.beforeAll(async ({ browser, request }, testInfo) => {
    testInfo.setTimeout(120_000);
    approvedCertificate = await issueCertificate(request, approvedName, mobile);
    rejectedCertificate = await issueCertificate(request, rejectedName, mobile);
    citizenContext = await browser.newContext();
    adminContext = await browser.newContext();
    await watchContentSecurityPolicy(citizenContext);
    await watchContentSecurityPolicy(adminContext);
    citizen = await citizenContext.newPage();
    admin = await adminContext.newPage();
    await signInAsCitizen(citizen, mobile);
    await signInAsTenantAdmin(admin, urls.admin);
  });

  test.afterAll(async () => {
    await citizenContext.close();
    await adminContext.close();
  });

  test("a request an admin approves issues a corrected certificate the citizen sees, the old one in its history", async () => {
    const rightName = unique("Karan Mehra");
    await citizen.goto(urls.citizen);
    await expect(currentCard(approvedName)).toContainText(approvedCertificate);
    await askForCorrection(currentCard(approvedName), "Name", rightName, "My surname is Mehra, as on my passport");
    await expect(citizenRequest(approvedCertificate)).toContainText(`Name: ${rightName}`);
    await expect(citizenRequest(approvedCertificate)).toContainText("Waiting for review");

    await admin.goto(`${urls.admin}/correction-requests`);
    const item = queueItem(approvedCertificate);
    await expect(item).toContainText("My surname is Mehra, as on my passport");
    await expect(item.getByRole("row", { name: /Name/ })).toContainText(approvedName);
    await expect(item.getByRole("row", { name: /Name/ })).toContainText(rightName);
    await item.getByRole("button", { name: "Approve" }).click();
    await item.getByRole("button", { name: "Yes, approve" }).click();
    await expect(item).toHaveCount(0);
    await admin.getByRole("link", { name: "Approved", exact: true }).click();
    const approved = queueItem(approvedCertificate);
    await expect(approved).toContainText("Corrected certificate:");
    const newCertificate = (await approved.getByRole("link").last().textContent())?.trim() ?? "";
    expect(newCertificate).toMatch(/^[0-9A-Z]{4}-[0-9A-Z]{4}-[0-9A-Z]{4}$/);
    expect(newCertificate).not.toBe(approvedCertificate);

    await citizen.reload();
    await expect(citizenRequest(approvedCertificate)).toContainText(
      `Approved. Your corrected certificate is ${newCertificate}`,
    );
    await expect(currentCard(rightName)).toContainText(newCertificate);
    await expect(currentCard(rightName)).toContainText("Valid");
    await expect(person(rightName).getByRole("article").filter({ hasText: approvedCertificate })).toBeHidden();
    await person(rightName).getByText("Earlier certificates (1)").click();
    const earlier = person(rightName).getByRole("article").filter({ hasText: approvedCertificate });
    await expect(earlier).toContainText("Replaced by a corrected certificate");
    await expect(earlier.getByText("Ask for a correction")).toHaveCount(0);
    // The old version's paper would no longer verify: no downloads, and the way to the current one.
    await expect(earlier.getByRole("link", { name: "Download PDF" })).toHaveCount(0);
    await expect(earlier).toContainText(`Replaced by the corrected certificate ${newCertificate}: download that one.`);
    for (const suffix of ["", "/pdf", "/qr.png"]) {
      const refused = await citizen.request.get(`${urls.citizen}/api/v1/certificates/${approvedCertificate}${suffix}`);
      expect(refused.status()).toBe(422);
      expect(await refused.json()).toMatchObject({
        error: {
          code: "UNPROCESSABLE",
          message: expect.stringContaining(`download the current one, ${newCertificate}`),
          details: [
            { path: "status", message: "SUPERSEDED" },
            { path: "currentCertificateId", message: newCertificate },
          ],
        },
      });
    }
    const downloading = citizen.waitForEvent("download");
    await currentCard(rightName).getByRole("link", { name: "Download PDF" }).click();
    expect((await downloading).suggestedFilename()).toBe(`vaccination-certificate-${newCertificate}.pdf`);
  });

  test("a request an admin rejects keeps the certificate, and the citizen sees the reason", async () => {
    await citizen.goto(urls.citizen);
    await askForCorrection(
      currentCard(rejectedName),
      "Date of birth",
      "1990-01-15",
      "My passport says 15 January 1990",
    );
    await expect(citizenRequest(rejectedCertificate)).toContainText("Date of birth: 1990-01-15");
    await expect(citizenRequest(rejectedCertificate)).toContainText("Waiting for review");

    await admin.goto(`${urls.admin}/correction-requests`);
    const item = queueItem(rejectedCertificate);
    await expect(item).toContainText("My passport says 15 January 1990");
    await expect(item.getByRole("row", { name: /Date of birth/ })).toContainText("1994-11-30");
    await expect(item.getByRole("row", { name: /Date of birth/ })).toContainText("1990-01-15");
    await item.getByRole("button", { name: "Reject" }).click();
    await item.getByLabel("Reason (the citizen sees it)").fill("The identity document on record gives 30 Nov 1994");
    await item.getByRole("button", { name: "Yes, reject" }).click();
    await expect(item).toHaveCount(0);
    await admin.getByRole("link", { name: "Rejected", exact: true }).click();
    await expect(queueItem(rejectedCertificate)).toContainText("The identity document on record gives 30 Nov 1994");

    await citizen.reload();
    await expect(citizenRequest(rejectedCertificate)).toContainText(
      "Rejected: The identity document on record gives 30 Nov 1994",
    );
    await expect(currentCard(rejectedName)).toContainText(rejectedCertificate);
    await expect(currentCard(rejectedName)).toContainText("Valid");
    await expect(currentCard(rejectedName).getByText("Ask for a correction")).toBeVisible();
  });

  test("feedback on a vaccination is counted for its facility in the admin portal", async () => {
    const words = unique("Short queue, friendly nurse");
    await citizen.goto(urls.citizen);
    const card = currentCard(rejectedName);
    await card.getByText("Give feedback on this vaccination").click();
    await card.getByRole("radio", { name: "4" }).check();
    await card.getByLabel("Your feedback (optional)").fill(words);
    await card.getByRole("button", { name: "Send feedback" }).click();
    await expect(card.getByText("Thank you for your feedback.")).toBeVisible();

    await admin.goto(`${urls.admin}/feedback`);
    const row = admin.getByRole("row", { name: new RegExp(FACILITY) });
    await expect(row).toBeVisible();
    await expect(row.getByRole("cell").first()).not.toHaveText("0");
    await row.getByRole("link", { name: FACILITY }).click();
    await expect(admin.getByRole("heading", { name: `Feedback on ${FACILITY}` })).toBeVisible();
    const feedback = admin.getByRole("list", { name: "Feedback" }).getByRole("listitem").filter({ hasText: words });
    await expect(feedback).toContainText("Rated 4 / 5");
    await expect(feedback).toContainText(rejectedCertificate);
  });
});
