import { randomBytes } from "node:crypto";
import { divocCertificationRequest } from "@vax/core/testing/divoc-certification-request";
import { demoApiToken } from "@vax/db/seed";
import { signInAsTenantAdmin } from "./support/sign-in";
import { expect, test } from "./support/test";
import { urls } from "./support/urls";

type TPublished = {
  rules: Array<{ Identifier: string; Version: string; Country: string; Type: string }>;
  validUntil: string;
};
type TVerified = { rules?: Array<{ id: string; status: string; description: string }> };

// Identifiers no earlier run used, so a rerun on the same database adds rather than finds them unchanged.
const run = randomBytes(3).toString("hex").toUpperCase();
const acceptance = {
  Identifier: `VR-IN-E2E-${run}`,
  Type: "Acceptance",
  Country: "IN",
  Version: "1.0.0",
  SchemaVersion: "1.3.0",
  Engine: "CERTLOGIC",
  EngineVersion: "1.2.2",
  CertificateType: "Vaccination",
  Description: [{ lang: "en", desc: "At least one vaccination is recorded." }],
  ValidFrom: "2021-01-01T00:00:00Z",
  ValidTo: "2099-01-01T00:00:00Z",
  AffectedFields: ["v.0"],
  Logic: { "!": [{ "!": [{ var: "payload.v.0" }] }] },
};
const inverted = { ...acceptance, Identifier: `VR-IN-E2F-${run}`, ValidTo: "2020-01-01T00:00:00Z" };

test("a tenant admin imports a rule file and adds a validity rule, and the verify app publishes and applies them", async ({
  page,
  request,
}) => {
  await signInAsTenantAdmin(page, urls.admin);
  await page.goto(`${urls.admin}/rules`);
  await expect(page.getByRole("heading", { name: "Rules", exact: true }).first()).toBeVisible();

  await page.getByLabel("Rule file (JSON, EU rule format)").setInputFiles({
    name: "rules.json",
    mimeType: "application/json",
    buffer: Buffer.from(JSON.stringify([acceptance, inverted])),
  });
  await page.getByRole("button", { name: "Import" }).click();
  const report = page.getByRole("region", { name: "Import report" });
  await expect(report).toContainText(`Added: 1 ${acceptance.Identifier} 1.0.0 (IN)`);
  await expect(report).toContainText(`${inverted.Identifier}: ValidTo is before ValidFrom.`);
  await expect(page.locator(`tr[data-rule="${acceptance.Identifier} 1.0.0"]`)).toContainText(
    "At least one vaccination is recorded.",
  );

  await page.getByLabel("Valid for (days after the last dose)").fill("270");
  await page.getByRole("button", { name: "Add rule" }).click();
  await expect(page.getByText(/^Added IR-IN-VALIDITY-demo-ministry/)).toBeVisible();
  const validity = page.locator("tr[data-rule^='IR-IN-VALIDITY-demo-ministry']").first();
  await expect(validity).toContainText("Valid for 270 days after the last dose.");

  const published = (await (await request.get(`${urls.verify}/api/v1/rules`)).json()) as TPublished;
  const identifiers = published.rules.map((rule) => rule.Identifier);
  expect(identifiers).toContain(acceptance.Identifier);
  expect(identifiers).toContain("IR-IN-VALIDITY-demo-ministry");
  expect(identifiers).not.toContain(inverted.Identifier);
  expect(Date.parse(published.validUntil)).toBeGreaterThan(Date.now());

  // A certificate the demo ministry issues today passes both when checked for a trip to India.
  const identity = String(100_000_000_000 + randomBytes(5).readUIntBE(0, 5)).slice(0, 12);
  const issued = await request.post(`${urls.facility}/api/v1/certify`, {
    data: [divocCertificationRequest({ identity })],
    headers: { authorization: `Bearer ${demoApiToken}` },
  });
  expect(issued.status()).toBe(200);
  const [certificate] = ((await issued.json()) as { certificates: Array<{ qr: string }> }).certificates;
  const verified = (await (
    await request.post(`${urls.verify}/api/v1/verify`, { data: { qr: certificate?.qr, destination: "IN" } })
  ).json()) as TVerified;
  expect(verified.rules).toEqual(
    expect.arrayContaining([
      expect.objectContaining({ id: acceptance.Identifier, status: "passed" }),
      expect.objectContaining({ description: "Valid for 270 days after the last dose.", status: "passed" }),
    ]),
  );

  // A gate checker picks India and checks it in the verify page: valid today, both rules listed as passed; judged on
  // a day 300 days on, the issuer's validity rule fails and the certificate is not valid.
  await page.goto(urls.verify);
  await expect(page.getByTestId("data-status")).toContainText("refreshed", { timeout: 30_000 });
  await page.getByLabel("Destination country").selectOption("IN");
  const check = async () => {
    await page.getByRole("tab", { name: "Paste" }).click();
    await page.getByLabel("Certificate text").fill(certificate?.qr ?? "");
    await page.getByRole("button", { name: "Check certificate" }).click();
  };
  await check();
  await expect(page.getByRole("heading", { name: "Valid", exact: true })).toBeVisible({ timeout: 30_000 });
  const rules = page.getByRole("list", { name: "Rules" });
  await expect(rules.locator(`li[data-rule="${acceptance.Identifier}"]`)).toHaveAttribute("data-status", "passed");
  await expect(rules.locator("li[data-rule^='IR-IN-VALIDITY-demo-ministry']")).toHaveAttribute("data-status", "passed");

  await page.getByRole("button", { name: "Check another certificate" }).click();
  const later = new Date(Date.now() + 300 * 86_400_000).toISOString().slice(0, 10);
  await page.getByLabel("Date of entry").fill(later);
  await check();
  await expect(page.getByRole("heading", { name: "Not valid", exact: true })).toBeVisible({ timeout: 30_000 });
  await expect(rules.locator("li[data-rule^='IR-IN-VALIDITY-demo-ministry']")).toHaveAttribute("data-status", "failed");
  await expect(rules.locator(`li[data-rule="${acceptance.Identifier}"]`)).toHaveAttribute("data-status", "passed");
});
