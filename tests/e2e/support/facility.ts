import { expect, type Page } from "@playwright/test";
import { demoCredentials } from "@vax/db/seed";
import { signIn } from "./sign-in";
import { urls } from "./urls";

/** Signs in to the facility app as the demo vaccinator of PHC Jayanagar. */
export const signInAsVaccinator = (page: Page) =>
  signIn(page, urls.facility, demoCredentials.vaccinators[0].email, demoCredentials.vaccinators[0].password);

/** Searches the facility app for a mobile, identity number or code and opens the recipient of that name. */
export const openRecipient = async (page: Page, q: string, name: string) => {
  await page.getByLabel("Mobile, identity number or pre-enrolment code").fill(q);
  await page.getByRole("button", { name: "Search", exact: true }).click();
  await page.getByRole("button", { name: `Open ${name}` }).click();
  await expect(page.getByRole("heading", { name })).toBeVisible();
  await expect(page.getByText("Loading the history…")).toHaveCount(0);
};

/** A day on this machine's calendar as YYYY-MM-DD, as the browser's date input holds it. */
export const localToday = (now = new Date()) => {
  const pad = (value: number) => String(value).padStart(2, "0");
  return `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`;
};
