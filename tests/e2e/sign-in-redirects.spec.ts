import { demoCredentials } from "@vax/db/seed";
import { requestCitizenCode } from "./support/citizen-sign-in";
import { expect, test } from "./support/test";
import { urls } from "./support/urls";

// Browsers read a backslash as a slash: /\evil.example is //evil.example, another host.
const openRedirects = ["/\\evil.example", "//evil.example", "/%5Cevil.example", "https://evil.example/"];

test.describe("after signing in, people stay on the app", () => {
  for (const callbackUrl of openRedirects) {
    test(`the admin portal ignores callbackUrl=${callbackUrl} and opens its home page`, async ({ page }) => {
      await page.goto(`${urls.admin}/sign-in?callbackUrl=${encodeURIComponent(callbackUrl)}`);
      await page.getByLabel("E-mail").fill(demoCredentials.tenantAdmin.email);
      await page.getByLabel("Password").fill(demoCredentials.tenantAdmin.password);
      await page.getByRole("button", { name: "Sign in" }).click();
      await expect(page.getByRole("heading", { name: "Overview" })).toBeVisible();
      expect(page.url()).toBe(`${urls.admin}/`);
    });
  }

  test("the facility app ignores callbackUrl=/\\evil.example", async ({ page }) => {
    const vaccinator = demoCredentials.vaccinators[0];
    await page.goto(`${urls.facility}/sign-in?callbackUrl=${encodeURIComponent("/\\evil.example")}`);
    await page.getByLabel("E-mail").fill(vaccinator.email);
    await page.getByLabel("Password").fill(vaccinator.password);
    await page.getByRole("button", { name: "Sign in" }).click();
    await expect(page).toHaveURL(`${urls.facility}/`);
    // The app shell loads its service worker and data before it says who is signed in.
    await expect(page.getByText(`Signed in as ${vaccinator.name}`)).toBeVisible({ timeout: 15_000 });
  });

  test("the citizen portal ignores callbackUrl=/\\evil.example", async ({ page }) => {
    const signInUrl = `${urls.citizen}/sign-in?callbackUrl=${encodeURIComponent("/\\evil.example")}`;
    const code = await requestCitizenCode(page, "9876500002", signInUrl);
    await page.getByLabel("6-digit code").fill(code);
    await page.getByRole("button", { name: "Sign in" }).click();
    await expect(page.getByRole("heading", { name: "Your certificates" })).toBeVisible();
    expect(page.url()).toBe(`${urls.citizen}/`);
  });

  test("a plain path on the app is where the admin lands after signing in", async ({ page }) => {
    await page.goto(`${urls.admin}/sign-in?callbackUrl=${encodeURIComponent("/programmes?status=all")}`);
    await page.getByLabel("E-mail").fill(demoCredentials.tenantAdmin.email);
    await page.getByLabel("Password").fill(demoCredentials.tenantAdmin.password);
    await page.getByRole("button", { name: "Sign in" }).click();
    await expect(page).toHaveURL(`${urls.admin}/programmes?status=all`);
    await expect(page.getByRole("heading", { name: "Programmes" })).toBeVisible();
  });
});
