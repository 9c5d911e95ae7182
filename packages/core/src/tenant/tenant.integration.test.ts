import { randomBytes } from "node:crypto";
import { prisma, verifyPassword } from "@vax/db";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { actorOfUser, signInWithPassword } from "../auth";
import { platformTrustList, tenantDid } from "../issuer";
import { ZListQuery } from "../schemas/list-query";
import { type TTenantCreateInput, ZTenantCreateInput, ZTenantUpdateInput } from "../schemas/tenant";
import type { TActor } from "../shared/actor";
import { platformAdminActor } from "../testing/platform-admin-actor";
import { rejection } from "../testing/rejection";
import { createTenant, getTenant, listTenants, setTenantActive, updateTenant } from "./index";

const suffix = () => randomBytes(4).toString("hex");
const input = (fields: Partial<TTenantCreateInput> = {}) => {
  const id = suffix();
  return ZTenantCreateInput.parse({
    name: `Ministry of Health ${id}`,
    slug: `lk-moh-${id}`,
    country: "lk",
    defaultLanguage: "en",
    timeZone: "Asia/Colombo",
    adminName: "Kumari Silva",
    adminEmail: `Kumari.${id}@Health.example`,
    ...fields,
  });
};

describe("tenants", () => {
  let platformAdmin: TActor;
  let tenantAdmin: TActor;

  beforeAll(async () => {
    platformAdmin = await platformAdminActor();
    const { admin } = await createTenant({ actor: platformAdmin, input: input() });
    tenantAdmin = actorOfUser(await prisma.user.findUniqueOrThrow({ where: { email: admin.email } }));
  });

  afterAll(async () => {
    await prisma.$disconnect();
  });

  it("creates a tenant ready to issue: four active keys and a first admin with a one-time password", async () => {
    const fields = input();
    const { tenant, admin } = await createTenant({ actor: platformAdmin, input: fields });
    expect(tenant).toMatchObject({
      slug: fields.slug,
      name: fields.name,
      country: "LK",
      defaultLanguage: "en",
      timeZone: "Asia/Colombo",
      active: true,
      deactivatedAt: null,
    });
    const keys = await prisma.signingKey.findMany({ where: { tenantId: tenant.id }, include: { parent: true } });
    expect(keys.map((key) => `${key.use}:${key.algorithm}:${key.status}`).sort()).toEqual([
      "CSCA:P256:ACTIVE",
      "EU_DCC:P256:ACTIVE",
      "SHC:P256:ACTIVE",
      "VC:ED25519:ACTIVE",
    ]);
    const dsc = keys.find((key) => key.use === "EU_DCC");
    expect(dsc?.parent?.use).toBe("CSCA");
    expect(dsc?.certificatePem).toMatch(/BEGIN CERTIFICATE/);

    expect(admin.email).toBe(fields.adminEmail);
    expect(admin.oneTimePassword).toMatch(/^[A-Za-z2-9]{4}(-[A-Za-z2-9]{4}){3}$/);
    const user = await prisma.user.findUniqueOrThrow({ where: { email: admin.email }, omit: { passwordHash: false } });
    expect(user).toMatchObject({ role: "TENANT_ADMIN", tenantId: tenant.id, mustChangePassword: true });
    expect(await verifyPassword(admin.oneTimePassword, user.passwordHash)).toBe(true);
    const signedIn = await signInWithPassword({ email: admin.email, password: admin.oneTimePassword, ip: "10.9.9.9" });
    expect(signedIn.mustChangePassword).toBe(true);

    const audit = await prisma.auditEvent.findMany({ where: { entityId: { in: [tenant.id, user.id] } } });
    expect(audit.map((event) => event.action).sort()).toEqual(["tenant.created", "user.created", "user.signed-in"]);
    expect(JSON.stringify(audit)).not.toContain(admin.oneTimePassword);
  });

  it("refuses a taken slug or e-mail beside its field, and writes nothing", async () => {
    const first = input();
    await createTenant({ actor: platformAdmin, input: first });
    const before = await prisma.tenant.count();
    const sameSlug = await rejection(createTenant({ actor: platformAdmin, input: { ...input(), slug: first.slug } }));
    expect(sameSlug).toMatchObject({ code: "CONFLICT", details: [{ path: "slug" }] });
    const sameEmail = await rejection(
      createTenant({ actor: platformAdmin, input: { ...input(), adminEmail: first.adminEmail } }),
    );
    expect(sameEmail).toMatchObject({ code: "CONFLICT", details: [{ path: "adminEmail" }] });
    expect(await prisma.tenant.count()).toBe(before);
  });

  it("checks slugs, languages and time zones", () => {
    const problems = ZTenantCreateInput.safeParse({
      ...input(),
      slug: "-Bad Slug",
      defaultLanguage: "xx",
      timeZone: "Mars/Olympus",
    });
    expect(problems.success).toBe(false);
    expect(problems.error?.issues.map((issue) => issue.path.join(".")).sort()).toEqual([
      "defaultLanguage",
      "slug",
      "timeZone",
    ]);
  });

  it("lets only the platform admin see or change tenants", async () => {
    const { tenant } = await createTenant({ actor: platformAdmin, input: input() });
    for (const attempt of [
      () => createTenant({ actor: tenantAdmin, input: input() }),
      () => listTenants({ actor: tenantAdmin, query: ZListQuery.parse({}) }),
      () => getTenant({ actor: tenantAdmin, id: tenant.id }),
      () => setTenantActive({ actor: tenantAdmin, id: tenant.id, active: false }),
    ]) {
      expect((await rejection(attempt())).code).toBe("FORBIDDEN");
    }
  });

  it("edits a tenant but keeps its slug, which its certificates' issuer DID is made of", async () => {
    const { tenant } = await createTenant({ actor: platformAdmin, input: input() });
    const changes = ZTenantUpdateInput.parse({
      name: "Ministry of Health, Sri Lanka",
      country: "LK",
      defaultLanguage: "ar",
      timeZone: "UTC",
      slug: "attempt-to-rename",
    });
    const updated = await updateTenant({ actor: platformAdmin, id: tenant.id, input: changes });
    expect(updated).toMatchObject({ name: "Ministry of Health, Sri Lanka", defaultLanguage: "ar", slug: tenant.slug });
    const found = await listTenants({ actor: platformAdmin, query: ZListQuery.parse({ q: tenant.slug }) });
    expect(found.items.map((item) => item.id)).toEqual([tenant.id]);
  });

  it("deactivates a tenant, which the trust list then names as deactivated, and reactivates it", async () => {
    const { tenant } = await createTenant({ actor: platformAdmin, input: input() });
    const entryOf = async () =>
      (await platformTrustList()).issuers.find((issuer) => issuer.ids.includes(tenantDid(tenant.slug)));
    expect((await entryOf())?.deactivatedAt).toBeUndefined();
    const off = await setTenantActive({ actor: platformAdmin, id: tenant.id, active: false });
    expect(off).toMatchObject({ active: false, deactivatedAt: expect.any(String) });
    expect((await entryOf())?.deactivatedAt).toBe(off.deactivatedAt);
    const inactive = await listTenants({ actor: platformAdmin, query: ZListQuery.parse({ status: "inactive" }) });
    expect(inactive.items.map((item) => item.id)).toContain(tenant.id);
    await setTenantActive({ actor: platformAdmin, id: tenant.id, active: true });
    expect((await entryOf())?.deactivatedAt).toBeUndefined();
    const actions = await prisma.auditEvent.findMany({ where: { entityId: tenant.id }, orderBy: { createdAt: "asc" } });
    expect(actions.map((event) => event.action)).toEqual([
      "tenant.created",
      "tenant.deactivated",
      "tenant.reactivated",
    ]);
  });
});
