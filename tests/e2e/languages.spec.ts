import { readFileSync } from "node:fs";
import { demoCredentials } from "@vax/db/seed";
import { citizenMessages, signInAsCitizen } from "./support/citizen-sign-in";
import { sendSignInForm, signIn } from "./support/sign-in";
import { expect, test, watchContentSecurityPolicy } from "./support/test";
import { urls } from "./support/urls";

type TVerifyCatalogue = typeof import("../../apps/verify/messages/en.json");
const verifyMessages = (language: string): TVerifyCatalogue =>
  JSON.parse(readFileSync(new URL(`../../apps/verify/messages/${language}.json`, import.meta.url), "utf8"));
const verifyHi = verifyMessages("hi");
const verifyAr = verifyMessages("ar");

// Priya Sharma's number: one certificate, and no other spec counts its wrong codes.
const MOBILE = "9876500002";

test("the verifier and the citizen portal speak the browser's language, switch to Arabic right to left, and show the QR on screen", async ({
  browser,
}) => {
  // The citizen's sign-in waits out the minute between codes when another spec has just signed in the same number.
  test.setTimeout(120_000);
  // A browser set to Hindi (it asks for hi-IN in Accept-Language) with no language cookie yet. Playwright Test gives
  // every context the locale en-US, whose Accept-Language wins over an extra header, so the locale is what is set.
  const checker = await browser.newContext({ locale: "hi-IN" });
  await watchContentSecurityPolicy(checker);
  const page = await checker.newPage();
  await page.goto(urls.verify);
  const html = page.locator("html");
  await expect(html).toHaveAttribute("lang", "hi");
  await expect(html).toHaveAttribute("dir", "ltr");
  await expect(page.getByRole("heading", { level: 1, name: verifyHi.Home.title })).toBeVisible();
  await expect(page).toHaveTitle(verifyHi.Home.title);

  // The switcher sets the cookie and reloads: Arabic, laid out right to left, at the same URL.
  await page.getByRole("group", { name: verifyHi.Header.language }).getByRole("button", { name: "العربية" }).click();
  await expect(html).toHaveAttribute("lang", "ar");
  await expect(html).toHaveAttribute("dir", "rtl");
  expect(new URL(page.url()).pathname).toBe("/");
  await expect(page.getByRole("heading", { level: 1, name: verifyAr.Home.title })).toBeVisible();
  await expect(page.getByRole("button", { name: "العربية" })).toHaveAttribute("aria-pressed", "true");

  // The answer is still announced to screen readers, in Arabic.
  await page.getByRole("tab", { name: verifyAr.Input.paste }).click();
  await page.getByLabel(verifyAr.Paste.label).fill("not a certificate");
  await page.getByRole("button", { name: verifyAr.Paste.submit }).click();
  await expect(page.getByTestId("verdict")).toHaveText(verifyAr.Verdict.couldNotCheck);
  await expect(page.getByRole("status").filter({ hasText: verifyAr.Summary.unreadable })).toHaveCount(1);
  await checker.close();

  // A citizen whose phone is in Hindi signs in and sees the certificate list in Hindi, the QR on screen.
  const citizen = await browser.newContext({ locale: "hi-IN" });
  await watchContentSecurityPolicy(citizen);
  const phone = await citizen.newPage();
  const words = citizenMessages.hi;
  await signInAsCitizen(phone, MOBILE, "hi");
  await expect(phone.locator("html")).toHaveAttribute("lang", "hi");
  const card = phone.getByRole("region", { name: "Priya Sharma" }).getByRole("article").first();
  await expect(card).toContainText(words.Status.active);
  await expect(card).toContainText(words.Card.issued.replace(" {date}", "").replace("{date} ", ""));
  const pdf = card.getByRole("link", { name: words.Downloads.pdf });
  await expect(pdf).toHaveAttribute("href", /\/pdf\?lang=hi$/);

  const qr = card.getByRole("img", { name: /QR/ });
  // A click that lands before the page has hydrated does nothing, as for a person tapping too soon: tap again.
  const show = card.getByRole("button", { name: words.Qr.show });
  await expect(async () => {
    if (await show.isVisible()) await show.click();
    await expect(qr).toBeVisible({ timeout: 1_000 });
  }).toPass({ timeout: 10_000 });
  // Shown large and actually loaded: a gate's scanner needs a picture, not a broken image.
  await expect
    .poll(() => qr.evaluate((image: HTMLImageElement) => image.complete && image.naturalWidth > 0))
    .toBe(true);
  expect((await qr.boundingBox())?.width ?? 0).toBeGreaterThanOrEqual(250);

  // The PDF route takes the language, and says clearly when it is not one of the platform's.
  const refused = await phone.request.get(
    `${new URL((await pdf.getAttribute("href")) ?? "", urls.citizen)}`.replace("lang=hi", "lang=xx"),
  );
  expect(refused.status()).toBe(400);
  expect(JSON.stringify(await refused.json())).toContain("lang must be one of en, hi, ar");
  await citizen.close();
});

test("a vaccinator whose phone is in Hindi works in Hindi, and switches the facility app to Arabic right to left", async ({
  browser,
}) => {
  const facility = JSON.parse(
    readFileSync(new URL("../../apps/facility/messages/hi.json", import.meta.url), "utf8"),
  ) as typeof import("../../apps/facility/messages/hi.json");
  const core = JSON.parse(
    readFileSync(new URL("../../packages/core/src/messages/hi.json", import.meta.url), "utf8"),
  ) as Record<string, string>;
  const context = await browser.newContext({ locale: "hi-IN" });
  await watchContentSecurityPolicy(context);
  const page = await context.newPage();
  // The sign-in form is in Hindi, and so is the server's refusal of a wrong e-mail.
  await page.goto(`${urls.facility}/sign-in`);
  await expect(page.getByRole("heading", { level: 1, name: facility.SignIn.title })).toBeVisible();
  await sendSignInForm(page, "nobody@example.org", "not a password", facility.SignIn);
  await expect(page.getByRole("alert").filter({ hasText: core["Wrong e-mail or password"] ?? "" })).toBeVisible();
  const vaccinator = demoCredentials.vaccinators[0];
  await signIn(page, urls.facility, vaccinator.email, vaccinator.password, facility.SignIn);
  await expect(page.locator("html")).toHaveAttribute("lang", "hi");
  await expect(page.getByRole("heading", { name: facility.Search.title })).toBeVisible();
  await expect(page.getByLabel(facility.Search.query)).toBeVisible();
  await expect(page.getByRole("heading", { name: facility.Outbox.issued })).toBeVisible();
  await page.getByRole("button", { name: "العربية" }).click();
  await expect(page.locator("html")).toHaveAttribute("dir", "rtl");
  await expect(page.getByRole("heading", { name: "ابحث عن المتلقّي" })).toBeVisible();
  await context.close();
});
