import { expect, type Page } from "@playwright/test";
import { demoCredentials } from "@vax/db/seed";

/** Signs in through an app's sign-in form as a person would, and waits to land on the home page. */
export const signIn = async (page: Page, baseUrl: string, email: string, password: string) => {
  await page.goto(`${baseUrl}/sign-in`);
  await page.getByLabel("E-mail").fill(email);
  await page.getByLabel("Password").fill(password);
  await page.getByRole("button", { name: "Sign in" }).click();
  // The password hash is checked on purpose slowly; on a machine shared by several test runs that alone can take seconds.
  await expect(page).toHaveURL(`${baseUrl}/`, { timeout: 30_000 });
};

/** Signs in to the admin portal as the demo tenant admin. */
export const signInAsTenantAdmin = (page: Page, adminUrl: string) =>
  signIn(page, adminUrl, demoCredentials.tenantAdmin.email, demoCredentials.tenantAdmin.password);

/** A name no earlier run has used, so tests never collide with what the seed or a retry made. */
export const unique = (name: string) => `${name} ${Date.now().toString(36)}`;
