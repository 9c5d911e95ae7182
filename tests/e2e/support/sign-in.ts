import { expect, type Page } from "@playwright/test";
import { demoCredentials } from "@vax/db/seed";

/** The sign-in form's words a test reads, in the page's language. */
export type TSignInWords = { email: string; password: string; signIn: string };
const ENGLISH: TSignInWords = { email: "E-mail", password: "Password", signIn: "Sign in" };

/** Fills in and sends an app's sign-in form as a person would, in the form's language. */
export const sendSignInForm = async (page: Page, email: string, password: string, words = ENGLISH) => {
  await page.getByLabel(words.email).fill(email);
  await page.getByLabel(words.password).fill(password);
  await page.getByRole("button", { name: words.signIn, exact: true }).click();
};

/** Signs in through an app's sign-in form as a person would, and waits to land on the home page. */
export const signIn = async (page: Page, baseUrl: string, email: string, password: string, words = ENGLISH) => {
  await page.goto(`${baseUrl}/sign-in`);
  await sendSignInForm(page, email, password, words);
  // The password hash is checked on purpose slowly; on a machine shared by several test runs that alone can take seconds.
  await expect(page).toHaveURL(`${baseUrl}/`, { timeout: 30_000 });
};

/** Signs in to the admin portal as the demo tenant admin. */
export const signInAsTenantAdmin = (page: Page, adminUrl: string) =>
  signIn(page, adminUrl, demoCredentials.tenantAdmin.email, demoCredentials.tenantAdmin.password);

/** A name no earlier run has used, so tests never collide with what the seed or a retry made. */
export const unique = (name: string) => `${name} ${Date.now().toString(36)}`;
