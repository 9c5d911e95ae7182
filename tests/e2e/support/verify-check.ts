import type { Browser } from "@playwright/test";
import { expect, watchContentSecurityPolicy } from "./test";
import { urls } from "./urls";

/** What the verify page showed for one certificate: each named check's outcome, and the holder's name if shown. */
export type TVerifyOutcome = { checks: Record<string, string>; holder: string | null; valid: boolean };

/**
 * Pastes a QR text into the verify page as a checker would and reads what it shows: the outcome
 * of every named check (the page marks each row with `data-check` and `data-status`), the holder
 * shown, and whether the verdict is "Valid". Each call opens a fresh browser context, so no status
 * list cached by an earlier check (in the HTTP cache, the service worker or the page's store)
 * answers for the list as it is now.
 */
export const checkInVerifyApp = async (browser: Browser, qr: string): Promise<TVerifyOutcome> => {
  const context = await browser.newContext();
  await watchContentSecurityPolicy(context);
  try {
    const page = await context.newPage();
    await page.goto(urls.verify);
    await expect(page.getByTestId("data-status")).toContainText("refreshed", { timeout: 30_000 });
    await page.getByRole("tab", { name: "Paste" }).click();
    await page.getByLabel("Certificate text").fill(qr);
    await page.getByRole("button", { name: "Check certificate" }).click();
    const rows = page.getByRole("list", { name: "Checks" }).getByRole("listitem");
    await expect(rows.first()).toBeVisible({ timeout: 30_000 });
    const checks: Record<string, string> = {};
    for (const row of await rows.all()) {
      const name = await row.getAttribute("data-check");
      if (name) checks[name] = (await row.getAttribute("data-status")) ?? "";
    }
    const holder = page.getByTestId("holder-name");
    const valid = await page.getByRole("heading", { name: "Valid", exact: true }).isVisible();
    return { checks, holder: (await holder.count()) > 0 ? await holder.textContent() : null, valid };
  } finally {
    await context.close();
  }
};
