import { readFileSync } from "node:fs";
import type { Page } from "@playwright/test";
import { dscKid } from "@vax/credentials/eu-dcc";
import { createPrismaClient, hashPassword } from "@vax/db";
import { signIn } from "./support/sign-in";
import { expect, test } from "./support/test";
import { urls } from "./support/urls";

// The EU DCC common test vector CO3 (testdata/eu-dcc, Apache-2.0): an Austrian vaccination DCC and the Document
// Signer Certificate that signed it, valid from its validation clock, 2021-05-03T18:00Z, to 2021-06-02.
const co3 = JSON.parse(readFileSync(new URL("../../testdata/eu-dcc/common/CO3.json", import.meta.url), "utf8")) as {
  PREFIX: string;
  TESTCTX: { CERTIFICATE: string; VALIDATIONCLOCK: string };
};
const signer = co3.TESTCTX.CERTIFICATE;

// The DSC list an EU DCC gateway or WHO GDHCN would hand out for it.
const dscListFile = async () => {
  const kid = Buffer.from(await dscKid(Buffer.from(signer, "base64"))).toString("base64");
  const list = [{ kid, country: "AT", certificateType: "DSC", rawData: signer }];
  return { name: "at-dsc-list.json", mimeType: "application/json", buffer: Buffer.from(JSON.stringify(list)) };
};

// A platform admin of this run, written as the operator's command would, with a password already chosen.
const operator = { email: `trust.${Date.now().toString(36)}@health.example`, password: "Trust-operator-2026" };

const database = () => {
  const url = process.env.DATABASE_URL;
  if (!url) throw new Error("DATABASE_URL is not set: run the e2e tests through `npm run test:e2e`");
  return createPrismaClient(url, 1);
};

// The imported signer would vouch for CO3 in every later spec (verify-dcc expects it untrusted), and a retry must
// find nothing left from the try before: the Austrian DSC entries this spec imports go with it.
test.afterAll(async () => {
  const db = database();
  try {
    await db.trustedIssuer.deleteMany({ where: { source: "DSC_LIST", country: "AT" } });
  } finally {
    await db.$disconnect();
  }
});

test.beforeAll(async () => {
  const db = database();
  try {
    const passwordHash = await hashPassword(operator.password);
    await db.user.create({
      data: { email: operator.email, name: "Trust operator", passwordHash, role: "PLATFORM_ADMIN" },
    });
  } finally {
    await db.$disconnect();
  }
});

const importDscList = async (page: Page, validAt?: string) => {
  await signIn(page, urls.admin, operator.email, operator.password);
  await page.getByRole("navigation", { name: "Main" }).getByRole("link", { name: "Trust" }).click();
  await page.getByRole("link", { name: "Import", exact: true }).click();
  await page.getByLabel("Trust document").setInputFiles(await dscListFile());
  await page.getByLabel("Kind").selectOption("dsc-list");
  if (validAt) await page.getByLabel("Judge validity at").fill(validAt);
  await page.getByRole("button", { name: "Import", exact: true }).click();
  return page.getByRole("status").filter({ hasText: "Imported a DSC list" });
};

test("a document signer that has expired is refused, and the report says so", async ({ page }) => {
  const report = await importDscList(page);
  await expect(report.getByRole("heading", { name: "Added: 0" })).toBeVisible({ timeout: 15_000 });
  const refused = report.getByRole("region", { name: "Refused" });
  await expect(refused.getByRole("heading")).toHaveText("Refused: 1");
  await expect(refused.getByRole("listitem")).toContainText("expired on 2021-06-02");
});

test("an imported DSC list verifies its EU DCC in the verify app, offline", async ({ page, context }) => {
  // Imported as an archived list, judged while its signer was valid: the vector is from 2021.
  const report = await importDscList(page, "2021-05-10T12:00");
  await expect(report.getByRole("region", { name: "Added" })).toContainText("Austria (AT): 1 key", {
    timeout: 15_000,
  });

  // The checker's phone reads the vector at its validation clock, with the data it refreshed before going offline.
  await page.clock.setFixedTime(new Date(co3.TESTCTX.VALIDATIONCLOCK));
  await page.goto(urls.verify);
  await expect(page.getByTestId("data-status")).toContainText("refreshed", { timeout: 15_000 });
  await context.setOffline(true);
  await page.getByRole("tab", { name: "Paste" }).click();
  await page.getByLabel("Certificate text").fill(co3.PREFIX);
  await page.getByRole("button", { name: "Check certificate" }).click();
  await expect(page.getByRole("heading", { name: "Valid", exact: true })).toBeVisible({ timeout: 15_000 });
  // The issuer is named as the import named it: the DSC list's country.
  await expect(page.getByRole("region", { name: /^Issue/ })).toContainText("Austria");
});
