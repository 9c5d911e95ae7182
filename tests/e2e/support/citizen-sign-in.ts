import { readFileSync } from "node:fs";
import { expect, type Page } from "@playwright/test";
import { oneTimeCodeFromOutbox } from "./outbox";
import { urls } from "./urls";

type TCitizenCatalogue = typeof import("../../../apps/citizen/messages/en.json");

// Read as files: Playwright's loader imports JSON modules only with an import attribute it cannot pass on.
const catalogue = (language: string): TCitizenCatalogue =>
  JSON.parse(readFileSync(new URL(`../../../apps/citizen/messages/${language}.json`, import.meta.url), "utf8"));

/** The citizen portal's words in each of its languages, as a person reading the page sees them. */
export const citizenMessages = { en: catalogue("en"), hi: catalogue("hi"), ar: catalogue("ar") };

/** A language of the citizen portal. */
export type TCitizenLanguage = keyof typeof citizenMessages;

/** Asks for a code on the sign-in page and reads it from the outbox, waiting out a resend limit another test left. */
export const requestCitizenCode = async (
  page: Page,
  mobile: string,
  signInUrl = `${urls.citizen}/sign-in`,
  language: TCitizenLanguage = "en",
): Promise<string> => {
  const words = citizenMessages[language].SignIn;
  await page.goto(signInUrl);
  await page.getByLabel(words.mobile).fill(mobile);
  // A second before the click: the outbox row is stamped by the app's clock, the same machine's.
  const since = new Date(Date.now() - 1000);
  await page.getByRole("button", { name: words.send }).click();
  const sent = page.getByText(words.sent.split("{to}")[0] ?? words.sent);
  const wait = page.getByText(/You can ask for a new code in (\d+) seconds/);
  await expect(sent.or(wait)).toBeVisible();
  if (await wait.isVisible()) {
    const seconds = Number(/in (\d+) seconds/.exec((await wait.textContent()) ?? "")?.[1] ?? 60);
    await page.waitForTimeout((seconds + 1) * 1000);
    return requestCitizenCode(page, mobile, signInUrl, language);
  }
  return oneTimeCodeFromOutbox(mobile, since);
};

/**
 * Signs in to the citizen portal with the code texted to the number, as a person would, reading the
 * page in `language` (the one the browser asks for), and waits for the certificates.
 */
export const signInAsCitizen = async (page: Page, mobile: string, language: TCitizenLanguage = "en"): Promise<void> => {
  const words = citizenMessages[language];
  const code = await requestCitizenCode(page, mobile, `${urls.citizen}/sign-in`, language);
  await page.getByLabel(words.SignIn.code).fill(code);
  await page.getByRole("button", { name: words.SignIn.signIn, exact: true }).click();
  await expect(page.getByRole("heading", { name: words.Home.title })).toBeVisible();
};

/** A six-digit code that is certainly not the given one. */
export const wrongCode = (code: string): string => String((Number(code) + 1) % 1_000_000).padStart(6, "0");
