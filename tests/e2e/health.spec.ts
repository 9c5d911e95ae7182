import { expect, test } from "./support/test";
import { urls } from "./support/urls";

test.describe("the platform is up", () => {
  for (const [app, baseUrl] of Object.entries(urls)) {
    test(`${app} reports itself and its database healthy`, async ({ page }) => {
      const response = await page.goto(`${baseUrl}/api/health`);
      expect(response?.status()).toBe(200);
      expect(await response?.json()).toEqual({ status: "ok", app, database: "ok" });
    });
  }

  test("the verify app's home page invites a check", async ({ page }) => {
    await page.goto(urls.verify);
    await expect(page.getByRole("heading", { name: "Verify a vaccination certificate" })).toBeVisible();
  });
});
