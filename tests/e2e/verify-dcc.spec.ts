import { readFileSync } from "node:fs";
import { expect, test } from "./support/test";
import { urls } from "./support/urls";

// The EU DCC common test vector CO3 (testdata/eu-dcc, Apache-2.0): its issuer is on no trust list here.
const co3 = JSON.parse(readFileSync(new URL("../../testdata/eu-dcc/common/CO3.json", import.meta.url), "utf8")) as {
  PREFIX: string;
};

test("the verify page checks an EU DCC against the EU schema with no code evaluated, which its CSP forbids", async ({
  page,
}) => {
  const response = await page.goto(urls.verify);
  expect(response?.headers()["content-security-policy"]).not.toContain("'unsafe-eval'");
  await page.getByRole("tab", { name: "Paste" }).click();
  await page.getByLabel("Certificate text").fill(co3.PREFIX);
  await page.getByRole("button", { name: "Check certificate" }).click();
  await expect(page.getByRole("heading", { name: "Not valid", exact: true })).toBeVisible({ timeout: 30_000 });
  const checks = page.getByRole("list", { name: "Checks" }).getByRole("listitem");
  // Past an untrusted issuer nothing the certificate says is believed: its contents read "Not checked".
  await expect(checks.filter({ has: page.getByText("Contents", { exact: true }) })).toContainText(
    "Not checked, because the issuer trusted check failed.",
  );
  await expect(checks.filter({ has: page.getByText("Issuer trusted", { exact: true }) })).toContainText(
    "Its issuer is not one this checker trusts.",
  );
  await expect(page.getByTestId("verdict-cause")).toHaveText("Issuer not trusted");
});
