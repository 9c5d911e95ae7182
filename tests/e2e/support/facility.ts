import { randomInt } from "node:crypto";
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

/** A mobile number no demo recipient and no earlier run has. */
export const freshMobile = () => `7${String(randomInt(0, 1_000_000_000)).padStart(9, "0")}`;

/**
 * Registers a recipient through the facility API with the signed-in page's session, so a test
 * (and its retry) works on someone nobody has vaccinated yet.
 */
export const registerRecipientByApi = async (page: Page, { name, mobile }: { name: string; mobile: string }) => {
  const response = await page.request.post(`${urls.facility}/api/v1/recipients`, {
    data: {
      name,
      dateOfBirth: "1987-07-07",
      gender: "MALE",
      identityType: "PASSPORT",
      identityNumber: `Z${randomInt(1_000_000, 9_999_999)}`,
      mobile,
    },
    // As the app's own pages send it: a write with the session cookie must say where it comes from.
    headers: { origin: urls.facility },
  });
  expect(response.status()).toBe(201);
  return (await response.json()) as { id: string; name: string };
};
