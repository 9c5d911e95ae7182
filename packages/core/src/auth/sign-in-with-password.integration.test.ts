import { randomBytes } from "node:crypto";
import { prisma } from "@vax/db";
import { createTestTenant } from "@vax/db/testing";
import { describe, expect, it } from "vitest";
import { loadUserActor } from "./actor-of-user";
import { signInWithPassword } from "./sign-in-with-password";

const freshIp = () => `10.${randomBytes(3).join(".")}`;

describe("signInWithPassword", () => {
  it("signs in with the right password, case-insensitively on the e-mail, and records the time", async () => {
    const { admin, password } = await createTestTenant(prisma);
    const actor = await signInWithPassword({ email: admin.email.toUpperCase(), password, ip: freshIp() });
    expect(actor).toMatchObject({ type: "USER", id: admin.id, role: "TENANT_ADMIN", tenantId: admin.tenantId });
    const user = await prisma.user.findUniqueOrThrow({ where: { id: admin.id } });
    expect(user.lastSignInAt).not.toBeNull();
  });

  it("refuses a wrong password and an unknown e-mail with the same message", async () => {
    const { admin } = await createTestTenant(prisma);
    await expect(
      signInWithPassword({ email: admin.email, password: "not-it-at-all", ip: freshIp() }),
    ).rejects.toMatchObject({
      code: "UNAUTHENTICATED",
      message: "Wrong e-mail or password",
    });
    await expect(
      signInWithPassword({ email: "nobody@nowhere.example", password: "whatever-1", ip: freshIp() }),
    ).rejects.toMatchObject({
      code: "UNAUTHENTICATED",
      message: "Wrong e-mail or password",
    });
  });

  it("locks an account after five failures, even for the right password from another address", async () => {
    const { admin, password } = await createTestTenant(prisma);
    for (let attempt = 1; attempt <= 4; attempt++) {
      await expect(
        signInWithPassword({ email: admin.email, password: "wrong-password", ip: freshIp() }),
      ).rejects.toMatchObject({
        code: "UNAUTHENTICATED",
      });
    }
    await expect(
      signInWithPassword({ email: admin.email, password: "wrong-password", ip: freshIp() }),
    ).rejects.toMatchObject({
      code: "RATE_LIMITED",
    });
    await expect(signInWithPassword({ email: admin.email, password, ip: freshIp() })).rejects.toMatchObject({
      code: "RATE_LIMITED",
    });
  });

  it("compares at most five wrong passwords however many arrive at once, then refuses the right one", async () => {
    const { admin, password } = await createTestTenant(prisma);
    const results = await Promise.allSettled(
      Array.from({ length: 20 }, () =>
        signInWithPassword({ email: admin.email, password: "wrong-password", ip: freshIp() }),
      ),
    );
    const messages = results.map((result) =>
      result.status === "rejected" ? String(result.reason.message) : "signed in",
    );
    // Each password that was compared says so; the others were refused before any comparison.
    expect(messages.filter((message) => message.startsWith("Wrong e-mail or password"))).toHaveLength(5);
    expect(messages.filter((message) => message.startsWith("Too many failed sign-ins"))).toHaveLength(15);
    const bucket = await prisma.rateLimitBucket.findUniqueOrThrow({ where: { key: `sign-in:email:${admin.email}` } });
    expect(bucket.count).toBe(5);
    expect(bucket.blockedUntil?.getTime()).toBeGreaterThan(Date.now());
    await expect(signInWithPassword({ email: admin.email, password, ip: freshIp() })).rejects.toMatchObject({
      code: "RATE_LIMITED",
      // Several tenants share the test database, so no one tenant's zone applies: UTC, written GMT+0.
      message: expect.stringMatching(/^Too many failed sign-ins\. Try again after \d\d:\d\d GMT[+-]\d{1,2}(:\d\d)?\.$/),
    });
  });

  it("refuses a deactivated user, and a deactivated user's session stops working", async () => {
    const { admin, password } = await createTestTenant(prisma);
    expect(await loadUserActor(admin.id)).not.toBeNull();
    await prisma.user.update({ where: { id: admin.id }, data: { active: false } });
    await expect(signInWithPassword({ email: admin.email, password, ip: freshIp() })).rejects.toMatchObject({
      code: "UNAUTHENTICATED",
    });
    expect(await loadUserActor(admin.id)).toBeNull();
  });

  it("refuses every user of a deactivated tenant, saying so once the password is right, and ends their sessions", async () => {
    const { tenant, admin, password } = await createTestTenant(prisma);
    expect(await loadUserActor(admin.id)).not.toBeNull();
    await prisma.tenant.update({ where: { id: tenant.id }, data: { active: false, deactivatedAt: new Date() } });
    expect(await loadUserActor(admin.id)).toBeNull();
    await expect(signInWithPassword({ email: admin.email, password, ip: freshIp() })).rejects.toMatchObject({
      code: "FORBIDDEN",
      message: `${tenant.name} has been deactivated on the platform, so its accounts cannot sign in. Ask the platform administrator.`,
    });
    // A wrong password learns nothing about the tenant.
    await expect(
      signInWithPassword({ email: admin.email, password: "wrong-password", ip: freshIp() }),
    ).rejects.toMatchObject({
      code: "UNAUTHENTICATED",
      message: "Wrong e-mail or password",
    });
    await prisma.tenant.update({ where: { id: tenant.id }, data: { active: true, deactivatedAt: null } });
    expect(await signInWithPassword({ email: admin.email, password, ip: freshIp() })).toMatchObject({ id: admin.id });
  });

  it("writes every sign-in and failed sign-in to the audit log with the address, never the password", async () => {
    const { tenant, admin, password } = await createTestTenant(prisma);
    const ip = freshIp();
    await signInWithPassword({ email: admin.email, password: "Wrong-secret-1", ip }).catch(() => undefined);
    await signInWithPassword({ email: admin.email, password, ip });
    const events = await prisma.auditEvent.findMany({
      where: { entityType: "User", entityId: admin.id },
      orderBy: [{ createdAt: "asc" }, { id: "asc" }],
    });
    expect(events).toMatchObject([
      {
        tenantId: tenant.id,
        actorType: "USER",
        actorId: admin.id,
        action: "user.sign-in-failed",
        after: { ip, reason: "wrong-password", locked: false },
      },
      { tenantId: tenant.id, actorId: admin.id, action: "user.signed-in", after: { ip } },
    ]);
    expect(JSON.stringify(events)).not.toContain("Wrong-secret-1");
    expect(JSON.stringify(events)).not.toContain(password);

    const unknownIp = freshIp();
    await signInWithPassword({ email: "Nobody@Nowhere.example", password: "Guess-1234", ip: unknownIp }).catch(
      () => undefined,
    );
    await signInWithPassword({ email: "Guess-5678", password: "x", ip: unknownIp }).catch(() => undefined);
    const unknown = await prisma.auditEvent.findMany({
      where: { action: "user.sign-in-failed", entityId: "unknown", after: { path: ["ip"], equals: unknownIp } },
      orderBy: [{ createdAt: "asc" }, { id: "asc" }],
    });
    expect(unknown.map((event) => [event.tenantId, event.actorLabel])).toEqual([
      [null, "unknown e-mail nobody@nowhere.example"],
      [null, "unknown e-mail (not an e-mail address)"],
    ]);
    expect(JSON.stringify(unknown)).not.toContain("Guess-");
  });
});
