import { execFileSync } from "node:child_process";
import path from "node:path";
import { fileURLToPath } from "node:url";
import type { Page } from "@playwright/test";
import { expect, test } from "./support/test";
import { urls } from "./support/urls";

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "../..");
const stamp = () => Date.now().toString(36);

// The operator's first step on a new installation, run as they would run it on the server.
const createPlatformAdmin = (email: string): string => {
  const output = execFileSync("npm", ["run", "-s", "vax", "--", "platform-admin", "create", "--email", email], {
    cwd: root,
    encoding: "utf8",
    env: process.env,
  });
  const password = /One-time password:\s+(\S+)/.exec(output)?.[1];
  if (!password) throw new Error(`No one-time password in: ${output}`);
  return password;
};

// Signs in with a one-time password, is sent to choose a new one, and lands in the portal.
const firstSignIn = async (page: Page, email: string, oneTimePassword: string, newPassword: string) => {
  await page.goto(`${urls.admin}/sign-in`);
  await page.getByLabel("E-mail").fill(email);
  await page.getByLabel("Password").fill(oneTimePassword);
  await page.getByRole("button", { name: "Sign in" }).click();
  await expect(page).toHaveURL(`${urls.admin}/account/password`);
  await expect(page.getByRole("heading", { name: "Choose your password" })).toBeVisible();
  // Nothing else opens until then.
  await page.goto(`${urls.admin}/programmes`);
  await expect(page).toHaveURL(`${urls.admin}/account/password`);
  await page.getByLabel("Current password").fill(oneTimePassword);
  await page.getByLabel("New password").fill(oneTimePassword);
  await page.getByRole("button", { name: "Save password" }).click();
  await expect(page.getByText("Choose a password different from the current one")).toBeVisible();
  await page.getByLabel("New password").fill(newPassword);
  await page.getByRole("button", { name: "Save password" }).click();
  await expect(page).toHaveURL(`${urls.admin}/`);
};

const signOut = async (page: Page) => {
  await page.getByRole("button", { name: "Sign out" }).click();
  await expect(page).toHaveURL(/\/sign-in/);
};

test.describe("a new installation", () => {
  test("the platform admin from the command line creates a tenant, whose first admin signs in and finds its keys", async ({
    page,
  }) => {
    // Three people's first sign-ins, a tenant with four new keys and a command-line step: a long story.
    test.setTimeout(120_000);
    const platformEmail = `ops.${stamp()}@health.example`;
    const platformPassword = createPlatformAdmin(platformEmail);
    await firstSignIn(page, platformEmail, platformPassword, "Platform-admin-2026");

    await page.getByRole("navigation", { name: "Main" }).getByRole("link", { name: "Tenants" }).click();
    await page.getByRole("link", { name: "New tenant" }).click();
    const slug = `lk-moh-${stamp()}`;
    const name = `Ministry of Health Sri Lanka ${stamp()}`;
    const adminEmail = `kumari.${stamp()}@health.example`;
    await page.getByLabel("Name", { exact: true }).fill(name);
    await page.getByLabel("Country").fill("LK");
    await page.getByLabel("Default language").selectOption("en");
    await page.getByLabel("Time zone").fill("Mars/Olympus");
    await page.getByLabel("Slug").fill(slug);
    await page.getByLabel("Admin name").fill("Kumari Silva");
    await page.getByLabel("Admin e-mail").fill(adminEmail);
    await page.getByRole("button", { name: "Save" }).click();
    await expect(page.getByText("Time zone must be an IANA time zone")).toBeVisible();
    await page.getByLabel("Time zone").fill("Asia/Colombo");
    await page.getByRole("button", { name: "Save" }).click();
    await expect(page.getByRole("heading", { name: `${name} is ready` })).toBeVisible();
    const tenantPassword = (await page.locator("code").first().textContent()) ?? "";
    expect(tenantPassword).toMatch(/^\S{4}-\S{4}-\S{4}-\S{4}$/);

    await page.getByRole("link", { name: "Open the tenant and its keys" }).click();
    await expect(page.getByRole("heading", { name })).toBeVisible();
    const rows = page.locator("tr[data-kid]");
    await expect(rows).toHaveCount(4);
    await expect(rows.filter({ hasText: "Active: signs" })).toHaveCount(4);
    const did = await page.request.get(`${urls.verify}/tenants/${slug}/did.json`);
    expect(did.status()).toBe(200);
    await signOut(page);

    await firstSignIn(page, adminEmail, tenantPassword, "Tenant-admin-2026");
    await page.getByRole("navigation", { name: "Main" }).getByRole("link", { name: "Signing keys" }).click();
    await expect(page.locator("tr[data-kid]")).toHaveCount(4);
    await expect(page.getByRole("navigation", { name: "Main" }).getByRole("link", { name: "Tenants" })).toHaveCount(0);
    await signOut(page);

    // The platform admin deactivates the tenant: the issuer is then named deactivated to verifiers.
    await page.goto(`${urls.admin}/sign-in`);
    await page.getByLabel("E-mail").fill(platformEmail);
    await page.getByLabel("Password").fill("Platform-admin-2026");
    await page.getByRole("button", { name: "Sign in" }).click();
    await expect(page).toHaveURL(`${urls.admin}/`);
    await page.getByRole("navigation", { name: "Main" }).getByRole("link", { name: "Tenants" }).click();
    await page.getByLabel("Search by name or slug").fill(slug);
    await page.getByRole("link", { name }).click();
    await page.getByRole("button", { name: "Deactivate tenant" }).click();
    await page.getByRole("button", { name: "Yes, deactivate tenant" }).click();
    await expect(page.getByText("Inactive", { exact: true })).toBeVisible();
    const trust = (await (await page.request.get(`${urls.verify}/api/v1/trust-list`)).json()) as {
      issuers: Array<{ name: string; deactivatedAt?: string }>;
    };
    expect(trust.issuers.find((issuer) => issuer.name === name)?.deactivatedAt).toEqual(expect.any(String));
  });
});
