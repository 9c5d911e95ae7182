import { randomBytes } from "node:crypto";
import type { APIRequestContext, Page } from "@playwright/test";
import { divocCertificationRequest } from "@vax/core/testing/divoc-certification-request";
import { demoApiToken } from "@vax/db/seed";
import { signInAsTenantAdmin } from "./support/sign-in";
import { expect, test } from "./support/test";
import { urls } from "./support/urls";

type TCheck = { name: string; status: string; reason: string };
type TVerified = { verified: boolean; checks: TCheck[] };

// A certificate of a person no other test uses, signed by whichever W3C key the demo ministry signs with now.
const issue = async (request: APIRequestContext): Promise<{ qr: string; kid: string }> => {
  const identity = String(100_000_000_000 + randomBytes(5).readUIntBE(0, 5)).slice(0, 12);
  const response = await request.post(`${urls.facility}/api/v1/certify`, {
    data: [
      divocCertificationRequest({
        identity,
        vaccination: { effectiveStart: "2026-11-30", effectiveUntil: "2027-11-30" },
      }),
    ],
    headers: { authorization: `Bearer ${demoApiToken}` },
  });
  expect(response.status()).toBe(200);
  const [certificate] = (
    (await response.json()) as {
      certificates: Array<{ qr: string; credential: { proof: { verificationMethod: string } } }>;
    }
  ).certificates;
  return { qr: certificate?.qr ?? "", kid: certificate?.credential.proof.verificationMethod.split("#")[1] ?? "" };
};

const check = async (request: APIRequestContext, qr: string): Promise<TVerified> =>
  (await (await request.post(`${urls.verify}/api/v1/verify`, { data: { qr } })).json()) as TVerified;

const didKids = async (request: APIRequestContext): Promise<string[]> => {
  const document = (await (await request.get(`${urls.verify}/tenants/demo-ministry/did.json`)).json()) as {
    verificationMethod: Array<{ id: string }>;
  };
  return document.verificationMethod.map((method) => method.id.split("#")[1] ?? "");
};

const keyRow = (page: Page, kid: string) => page.locator(`tr[data-kid="${kid}"]`);

// Generates a W3C key in the portal, checks it is published while pending, and activates it.
const rotate = async (page: Page, request: APIRequestContext): Promise<string> => {
  const before = await page
    .locator("tr[data-kid]")
    .evaluateAll((rows) => rows.map((row) => row.getAttribute("data-kid")));
  await page.getByLabel("New key for").selectOption({ label: "W3C credentials (Ed25519)" });
  await page.getByRole("button", { name: "Generate key" }).click();
  const pending = page.locator("tr[data-kid]").filter({ hasText: "Pending" });
  await expect(pending).toHaveCount(1);
  const kid = (await pending.getAttribute("data-kid")) ?? "";
  expect(before).not.toContain(kid);
  expect(await didKids(request)).toContain(kid);
  await keyRow(page, kid).getByRole("button", { name: "Activate" }).click();
  await expect(keyRow(page, kid)).toContainText("This key will sign from now on");
  await keyRow(page, kid).getByRole("button", { name: "Yes, activate" }).click();
  await expect(keyRow(page, kid)).toContainText("Active: signs");
  return kid;
};

test.describe("signing keys", () => {
  test("a tenant admin rotates the W3C key: the new key signs, the retired one still verifies, a revoked one fails with its reason", async ({
    page,
    request,
  }) => {
    const older = await issue(request);
    await signInAsTenantAdmin(page, urls.admin);
    await page.getByRole("navigation", { name: "Main" }).getByRole("link", { name: "Signing keys" }).click();
    await expect(page.getByRole("heading", { name: "Signing keys", level: 1 })).toBeVisible();
    await expect(keyRow(page, older.kid)).toContainText("Active: signs");

    const rotated = await rotate(page, request);
    await expect(keyRow(page, older.kid)).toContainText("Retired: verifies only");
    const newer = await issue(request);
    expect(newer.kid).toBe(rotated);
    expect((await check(request, older.qr)).verified).toBe(true);
    expect((await check(request, newer.qr)).verified).toBe(true);

    // Rotate once more and revoke the key that signed the newer certificate.
    const latest = await rotate(page, request);
    await keyRow(page, rotated).getByRole("button", { name: "Revoke" }).click();
    const reason = "Its backup was found on a shared drive";
    const confirm = keyRow(page, rotated).getByRole("button", { name: "Yes, revoke" });
    await expect(confirm).toBeDisabled();
    await keyRow(page, rotated)
      .getByLabel(/^Reason/)
      .fill(reason);
    await confirm.click();
    await expect(keyRow(page, rotated)).toContainText("Revoked");
    await expect(keyRow(page, rotated)).toContainText(reason);

    const revoked = await check(request, newer.qr);
    expect(revoked.verified).toBe(false);
    expect(revoked.checks.find((entry) => entry.name === "key status")).toMatchObject({
      status: "failed",
      reason: expect.stringContaining(reason),
    });
    expect((await check(request, older.qr)).verified).toBe(true);
    expect(await didKids(request)).not.toContain(rotated);
    expect((await issue(request)).kid).toBe(latest);
  });
});
