import { prisma } from "@vax/db";
import { createTestTenant } from "@vax/db/testing";
import { describe, expect, it } from "vitest";
import { getTenantLocale } from "./get-tenant-locale";

describe("the language and time zone pages fall back to", () => {
  it("are the signed-in user's tenant's", async () => {
    const { tenant } = await createTestTenant(prisma);
    await prisma.tenant.update({ where: { id: tenant.id }, data: { defaultLanguage: "hi", timeZone: "Asia/Kolkata" } });
    expect(await getTenantLocale({ tenantId: tenant.id })).toEqual({ defaultLanguage: "hi", timeZone: "Asia/Kolkata" });
  });

  it("are nobody's on a public page when several tenants share the platform", async () => {
    await createTestTenant(prisma);
    await createTestTenant(prisma);
    expect(await getTenantLocale()).toBeNull();
  });
});
