import { requestCitizenCode, signInAsCitizen, wrongCode } from "./support/citizen-sign-in";
import { oneTimeCodeFromOutbox } from "./support/outbox";
import { expect, test } from "./support/test";
import { urls } from "./support/urls";

test.describe("signing in to the citizen portal", () => {
  test("sends a visitor without a session to the sign-in page", async ({ page }) => {
    await page.goto(urls.citizen);
    await expect(page).toHaveURL(/\/sign-in\?callbackUrl=/);
    await expect(page.getByRole("heading", { name: "Get your vaccination certificates" })).toBeVisible();
  });

  test("refuses what is not an Indian mobile number, saying what to enter", async ({ page }) => {
    await page.goto(`${urls.citizen}/sign-in`);
    await page.getByLabel("Mobile number").fill("12345");
    await page.getByRole("button", { name: "Send code" }).click();
    await expect(page.getByText("Enter a 10-digit Indian mobile number, such as 98765 43210")).toBeVisible();
    await expect(page.getByLabel("6-digit code")).toHaveCount(0);
  });

  test("locks a code after five wrong tries; the right code then fails too, until a new one is sent", async ({
    page,
  }) => {
    test.setTimeout(150_000);
    const mobile = "9876500003";
    const code = await requestCitizenCode(page, mobile);
    await expect(page.getByText("We sent a 6-digit code to +91 98765 00003")).toBeVisible();
    const codeField = page.getByLabel("6-digit code");
    const signIn = page.getByRole("button", { name: "Sign in" });
    for (const left of ["4 tries", "3 tries", "2 tries", "1 try"]) {
      await codeField.fill(wrongCode(code));
      await signIn.click();
      await expect(page.getByText(`Wrong code. You have ${left} left.`)).toBeVisible();
    }
    await codeField.fill(wrongCode(code));
    await signIn.click();
    await expect(
      page.getByText("Wrong code. That was the 5th wrong try, so this code no longer works. Ask for a new code."),
    ).toBeVisible();
    await codeField.fill(code);
    await signIn.click();
    await expect(page.getByText("This code no longer works after 5 wrong tries. Ask for a new code.")).toBeVisible();
    await expect(page.getByText(/Resend code in \d:\d\d/)).toBeVisible();

    const sendAgain = page.getByRole("button", { name: "Send a new code" });
    await expect(sendAgain).toBeVisible({ timeout: 70_000 });
    const since = new Date(Date.now() - 1000);
    await sendAgain.click();
    await expect(page.getByText("We sent a 6-digit code to +91 98765 00003")).toBeVisible();
    await codeField.fill(await oneTimeCodeFromOutbox(mobile, since));
    await signIn.click();
    await expect(page.getByRole("heading", { name: "Your certificates" })).toBeVisible();
    await expect(page.getByRole("heading", { level: 2 })).toHaveText(["Mohammed Irfan"]);
  });

  test("signs in a number nobody is registered on like any other, and shows it has no certificates", async ({
    page,
  }) => {
    await signInAsCitizen(page, "9876599999");
    await expect(page.getByRole("heading", { name: "No certificates on this number yet" })).toBeVisible();
  });

  test("will not send a second code within a minute, and says when to ask again", async ({ request }) => {
    const first = await request.post(`${urls.citizen}/api/v1/one-time-codes`, { data: { mobile: "+91 98765 88888" } });
    expect(first.status()).toBe(202);
    expect(await first.json()).toMatchObject({ sentTo: "+91 98765 88888" });
    const second = await request.post(`${urls.citizen}/api/v1/one-time-codes`, { data: { mobile: "98765-88888" } });
    expect(second.status()).toBe(429);
    const retryAfter = Number(second.headers()["retry-after"]);
    expect(retryAfter).toBeGreaterThan(0);
    expect(retryAfter).toBeLessThanOrEqual(60);
    expect(await second.json()).toMatchObject({
      error: {
        code: "RATE_LIMITED",
        message: expect.stringMatching(
          /^A code was sent to this number a moment ago\. You can ask for a new code in \d+ seconds?\.$/,
        ),
      },
    });
  });
});
