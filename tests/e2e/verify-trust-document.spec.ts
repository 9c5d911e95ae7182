import { generateKeyPairSync } from "node:crypto";
import { readFileSync } from "node:fs";
import type { Page } from "@playwright/test";
import { dscKid } from "@vax/credentials/eu-dcc";
import { expect, test } from "./support/test";
import { urls } from "./support/urls";

// The EU DCC common test vector CO3 (testdata/eu-dcc, Apache-2.0): an Austrian vaccination DCC and the Document
// Signer Certificate that signed it, valid from its validation clock, 2021-05-03T18:00Z, to 2021-06-02. Its issuer
// is on no platform trust list here, so only a document the checker adds can vouch for it.
const co3 = JSON.parse(readFileSync(new URL("../../testdata/eu-dcc/common/CO3.json", import.meta.url), "utf8")) as {
  PREFIX: string;
  TESTCTX: { CERTIFICATE: string; VALIDATIONCLOCK: string };
};

const jsonFile = (name: string, content: unknown) => ({
  name,
  mimeType: "application/json",
  buffer: Buffer.from(JSON.stringify(content)),
});

// The DSC list a border officer is handed: the one an EU DCC gateway or WHO GDHCN would give out for CO3's signer.
const dscListFile = async () => {
  const signer = co3.TESTCTX.CERTIFICATE;
  const kid = Buffer.from(await dscKid(Buffer.from(signer, "base64"))).toString("base64");
  return jsonFile("at-dsc-list.json", [{ kid, country: "AT", certificateType: "DSC", rawData: signer }]);
};

const trustDocuments = (page: Page) => page.getByRole("group").filter({ hasText: "Trust documents on this device" });

const addDocument = async (page: Page, file: Awaited<ReturnType<typeof dscListFile>>, issuerUrl?: string) => {
  const section = trustDocuments(page);
  await section.locator("summary").click();
  await section.getByLabel("Trust document").setInputFiles(file);
  if (issuerUrl) await section.getByLabel("Issuer URL").fill(issuerUrl);
  await section.getByRole("button", { name: "Add trust document" }).click();
  return section;
};

test("a checker adds a country's DSC list on the device, and its EU DCC verifies offline naming that country", async ({
  page,
  context,
}) => {
  await page.clock.setFixedTime(new Date(co3.TESTCTX.VALIDATIONCLOCK));
  await page.goto(urls.verify);
  await expect(page.getByTestId("data-status")).toContainText("refreshed", { timeout: 15_000 });
  const section = await addDocument(page, await dscListFile());
  const report = section.getByRole("status");
  await expect(report).toContainText("Added the DSC list at-dsc-list.json.");
  await expect(report.getByRole("list", { name: "Added" })).toContainText("Austria (AT): 1 key");

  // Kept on the device: it is still there after a reload, and counted in the data status line.
  await page.reload();
  await expect(page.getByTestId("local-trust-status")).toHaveText(/1 trust document added on this device/);
  await context.setOffline(true);
  await page.getByRole("tab", { name: "Paste" }).click();
  await page.getByLabel("Certificate text").fill(co3.PREFIX);
  await page.getByRole("button", { name: "Check certificate" }).click();
  await expect(page.getByRole("heading", { name: "Valid", exact: true })).toBeVisible({ timeout: 10_000 });
  await expect(page.getByTestId("issuer-name")).toContainText("Austria (trust document on this device)");

  // Removed, the document no longer vouches for anything.
  await page.getByRole("button", { name: "Check another" }).click();
  const kept = trustDocuments(page);
  await kept.locator("summary").click();
  await kept.getByRole("button", { name: "Remove at-dsc-list.json" }).click();
  await expect(page.getByTestId("local-trust-status")).toHaveCount(0);
  await expect(kept.locator("summary")).toHaveText("Trust documents on this device (0)");
});

test("a JWKS carrying a private key is refused with its reason, and nothing is kept", async ({ page }) => {
  const { privateKey } = generateKeyPairSync("ec", { namedCurve: "P-256" });
  const jwk = { ...privateKey.export({ format: "jwk" }), kid: "leaked", use: "sig", alg: "ES256" };
  await page.goto(urls.verify);
  const section = await addDocument(page, jsonFile("leaked-jwks.json", { keys: [jwk] }), "https://issuer.example/");
  const report = section.getByRole("status");
  await expect(report).toContainText("Nothing was added from the JWKS leaked-jwks.json");
  await expect(report.getByRole("list", { name: "Refused" })).toContainText(
    'key 1 (kid "leaked"): It is a PRIVATE key',
  );
  await expect(section.locator("summary")).toHaveText("Trust documents on this device (0)");
  await expect(page.getByTestId("local-trust-status")).toHaveCount(0);
});
