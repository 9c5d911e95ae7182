import { createApiToken, createPrismaClient, type Database } from "@vax/db";
import { createTestTenant, type TestTenant } from "@vax/db/testing";
import { signIn } from "./support/sign-in";
import { expect, test } from "./support/test";
import { urls } from "./support/urls";

// The platform admin's tenant pages are not what this covers: the tenant is switched off in the
// database, as they would do, and what its people and systems see is checked.
test.describe("a deactivated tenant", () => {
  let db: Database;
  let tenant: TestTenant;
  let token: string;

  test.beforeAll(async () => {
    db = createPrismaClient(process.env.DATABASE_URL ?? "", 1);
    tenant = await createTestTenant(db);
    const apiToken = createApiToken();
    await db.apiClient.create({
      data: {
        tenantId: tenant.tenant.id,
        name: "Records system",
        tokenPrefix: apiToken.tokenPrefix,
        secretHash: apiToken.secretHash,
        scopes: ["certificate:read", "certificate:issue"],
      },
    });
    token = apiToken.token;
  });

  test.afterAll(async () => {
    await db.$disconnect();
  });

  test("ends its admin's session, refuses their sign-in saying why, and refuses its API token naming it", async ({
    page,
    request,
  }) => {
    const certificateApi = `${urls.citizen}/api/v1/certificates/0000-0000-0000`;
    const before = await request.get(certificateApi, { headers: { authorization: `Bearer ${token}` } });
    expect(before.status()).toBe(404);

    await signIn(page, urls.admin, tenant.admin.email, tenant.password);
    await expect(page.getByRole("heading", { name: "Overview" })).toBeVisible();

    await db.tenant.update({ where: { id: tenant.tenant.id }, data: { active: false, deactivatedAt: new Date() } });

    await page.goto(`${urls.admin}/programmes`);
    await expect(page).toHaveURL(/\/sign-in/);
    const api = await page.request.get(`${urls.admin}/api/v1/programmes`);
    expect(api.status()).toBe(401);

    await page.getByLabel("E-mail").fill(tenant.admin.email);
    await page.getByLabel("Password").fill(tenant.password);
    await page.getByRole("button", { name: "Sign in" }).click();
    await expect(
      page.getByText(
        `${tenant.tenant.name} has been deactivated on the platform, so its accounts cannot sign in. Ask the platform administrator.`,
      ),
    ).toBeVisible();
    await expect(page).toHaveURL(/\/sign-in/);

    const after = await request.get(certificateApi, { headers: { authorization: `Bearer ${token}` } });
    expect(after.status()).toBe(401);
    expect(await after.json()).toMatchObject({
      error: {
        code: "UNAUTHENTICATED",
        message: `${tenant.tenant.name} has been deactivated on the platform, so its API tokens no longer work`,
      },
    });
  });
});
