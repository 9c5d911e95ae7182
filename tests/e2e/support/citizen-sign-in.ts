import { expect, type Page } from "@playwright/test";
import { oneTimeCodeFromOutbox } from "./outbox";
import { urls } from "./urls";

/** Asks for a code on the sign-in page and reads it from the outbox, waiting out a resend limit another test left. */
export const requestCitizenCode = async (
  page: Page,
  mobile: string,
  signInUrl = `${urls.citizen}/sign-in`,
): Promise<string> => {
  await page.goto(signInUrl);
  await page.getByLabel("Mobile number").fill(mobile);
  // A second before the click: the outbox row is stamped by the app's clock, the same machine's.
  const since = new Date(Date.now() - 1000);
  await page.getByRole("button", { name: "Send code" }).click();
  const sent = page.getByText(/We sent a 6-digit code to/);
  const wait = page.getByText(/You can ask for a new code in (\d+) seconds/);
  await expect(sent.or(wait)).toBeVisible();
  if (await wait.isVisible()) {
    const seconds = Number(/in (\d+) seconds/.exec((await wait.textContent()) ?? "")?.[1] ?? 60);
    await page.waitForTimeout((seconds + 1) * 1000);
    return requestCitizenCode(page, mobile, signInUrl);
  }
  return oneTimeCodeFromOutbox(mobile, since);
};

/** Signs in to the citizen portal with the code texted to the number, as a person would, and waits for the certificates. */
export const signInAsCitizen = async (page: Page, mobile: string): Promise<void> => {
  const code = await requestCitizenCode(page, mobile);
  await page.getByLabel("6-digit code").fill(code);
  await page.getByRole("button", { name: "Sign in" }).click();
  await expect(page.getByRole("heading", { name: "Your certificates" })).toBeVisible();
};

/** A six-digit code that is certainly not the given one. */
export const wrongCode = (code: string): string => String((Number(code) + 1) % 1_000_000).padStart(6, "0");
