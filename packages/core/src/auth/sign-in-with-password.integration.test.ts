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

  it("refuses a deactivated user, and a deactivated user's session stops working", async () => {
    const { admin, password } = await createTestTenant(prisma);
    expect(await loadUserActor(admin.id)).not.toBeNull();
    await prisma.user.update({ where: { id: admin.id }, data: { active: false } });
    await expect(signInWithPassword({ email: admin.email, password, ip: freshIp() })).rejects.toMatchObject({
      code: "UNAUTHENTICATED",
    });
    expect(await loadUserActor(admin.id)).toBeNull();
  });
});
