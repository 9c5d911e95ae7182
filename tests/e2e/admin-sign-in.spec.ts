import { demoCredentials } from "@vax/db/seed";
import { signIn, signInAsTenantAdmin } from "./support/sign-in";
import { expect, test } from "./support/test";
import { urls } from "./support/urls";

test.describe("signing in to the orchestration portal", () => {
  test("sends a visitor without a session to the sign-in page", async ({ page }) => {
    await page.goto(`${urls.admin}/programmes`);
    await expect(page).toHaveURL(/\/sign-in/);
    await expect(page.getByRole("heading", { name: "Orchestration portal" })).toBeVisible();
  });

  test("refuses a wrong password and lets the right one in", async ({ page }) => {
    await page.goto(`${urls.admin}/sign-in`);
    await page.getByLabel("E-mail").fill(demoCredentials.tenantAdmin.email);
    await page.getByLabel("Password").fill("not-the-password");
    await page.getByRole("button", { name: "Sign in" }).click();
    await expect(page.getByText("Wrong e-mail or password")).toBeVisible();
    await expect(page).toHaveURL(/\/sign-in/);

    await page.getByLabel("Password").fill(demoCredentials.tenantAdmin.password);
    await page.getByRole("button", { name: "Sign in" }).click();
    await expect(page.getByRole("heading", { name: "Overview" })).toBeVisible();
  });

  test("refuses a vaccinator, who can still sign in to the facility app", async ({ page }) => {
    const vaccinator = demoCredentials.vaccinators[1];
    await page.goto(`${urls.admin}/sign-in`);
    await page.getByLabel("E-mail").fill(vaccinator.email);
    await page.getByLabel("Password").fill(vaccinator.password);
    await page.getByRole("button", { name: "Sign in" }).click();
    await expect(page.getByText("This account cannot use the orchestration portal")).toBeVisible();
    await page.goto(`${urls.admin}/programmes`);
    await expect(page).toHaveURL(/\/sign-in/);

    await signIn(page, urls.facility, vaccinator.email, vaccinator.password);
    await expect(page.getByText(`Signed in as ${vaccinator.name}, vaccinator`)).toBeVisible();
  });

  test("answers the API with 401 without a session", async ({ request }) => {
    const response = await request.get(`${urls.admin}/api/v1/programmes`);
    expect(response.status()).toBe(401);
    expect(await response.json()).toMatchObject({ error: { code: "UNAUTHENTICATED" } });
  });

  test("signs out", async ({ page }) => {
    await signInAsTenantAdmin(page, urls.admin);
    await page.getByRole("button", { name: "Sign out" }).click();
    await expect(page).toHaveURL(/\/sign-in/);
    await page.goto(`${urls.admin}/programmes`);
    await expect(page).toHaveURL(/\/sign-in/);
  });
});
