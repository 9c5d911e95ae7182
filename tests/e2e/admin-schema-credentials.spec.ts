import { randomBytes } from "node:crypto";
import type { Page } from "@playwright/test";
import { demoApiToken } from "@vax/db/seed";
import { axeProblems, reflowProblems } from "./support/page-checks";
import { signInAsTenantAdmin } from "./support/sign-in";
import { expect as baseExpect, test } from "./support/test";
import { urls } from "./support/urls";

test.describe.configure({ timeout: 180_000 });
const expect = baseExpect.configure({ timeout: 20_000 });

// Opens one of the credential's confirmations, gives the reason, and confirms it.
const confirmStep = async (page: Page, step: string, reason: string) => {
  await page.getByRole("button", { name: step, exact: true }).click();
  const group = page.getByRole("group", { name: step });
  await group.getByLabel(/^Reason/).fill(reason);
  await group.getByRole("button", { name: `Yes, ${step.toLowerCase()}` }).click();
  await expect(group).toHaveCount(0);
};

test.describe("test reports in the admin portal", () => {
  test("an admin finds a test report by its id, reads what it states, suspends it with a reason and reinstates it; the verify API says so", async ({
    page,
    request,
  }) => {
    const issued = await request.post(`${urls.facility}/api/v1/credentials/issue`, {
      headers: { authorization: `Bearer ${demoApiToken}` },
      data: {
        credential: {
          "@context": ["https://www.w3.org/ns/credentials/v2"],
          type: ["VerifiableCredential", "ProofOfTestCertificateCredential"],
          credentialSubject: {
            name: "Farhan Qureshi",
            testType: "RT-PCR",
            disease: "COVID-19",
            sampleCollectionTimestamp: "2026-11-30T09:00:00Z",
            result: "Negative",
            facility: { name: "District Hospital Lab" },
          },
        },
        options: { credentialId: `e2e-admin-${randomBytes(6).toString("hex")}` },
      },
    });
    expect(issued.status()).toBe(201);
    const credential = ((await issued.json()) as { verifiableCredential: { id: string } }).verifiableCredential;
    const certificateId = credential.id.replace("urn:vax:certificate:", "");
    const verified = async () =>
      (await (
        await request.post(`${urls.verify}/api/v1/credentials/verify`, { data: { verifiableCredential: credential } })
      ).json()) as { verified: boolean; problemDetails: Array<{ title: string }> };

    await signInAsTenantAdmin(page, urls.admin);
    await page.getByRole("link", { name: "Certificates", exact: true }).first().click();
    await page.getByLabel("Certificate id, mobile, name or identity number").fill(certificateId);
    await page.getByRole("button", { name: "Search" }).click();
    const found = page.getByRole("region", { name: "Test reports and other credentials" });
    await expect(found.getByRole("row", { name: /Farhan Qureshi/ })).toContainText("COVID-19 test report");
    await found.getByRole("link", { name: certificateId }).click();

    await expect(page.getByRole("heading", { name: `COVID-19 test report ${certificateId}` })).toBeVisible();
    const states = page.getByRole("region", { name: "What it states" });
    await expect(states).toContainText("RT-PCR");
    await expect(states).toContainText("Negative");
    await expect(page.getByRole("region", { name: "Details" })).toContainText("Farhan Qureshi");
    await expect(page.getByRole("link", { name: "Correct", exact: true })).toHaveCount(0);
    expect([...(await axeProblems(page)), ...(await reflowProblems(page))]).toEqual([]);

    await confirmStep(page, "Suspend", "Sample mislabelled, under review");
    await expect(page.getByText("Suspended", { exact: true }).first()).toBeVisible();
    await expect(page.getByRole("region", { name: "Details" })).toContainText("Sample mislabelled");
    await expect.poll(async () => (await verified()).problemDetails.map(({ title }) => title)).toEqual(["SUSPENDED"]);

    await confirmStep(page, "Reinstate", "Label checked");
    await expect(page.getByRole("button", { name: "Suspend", exact: true })).toBeVisible();
    await expect.poll(async () => (await verified()).verified).toBe(true);
  });
});
