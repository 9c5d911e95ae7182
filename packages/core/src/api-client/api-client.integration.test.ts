import { prisma } from "@vax/db";
import { createTestTenant } from "@vax/db/testing";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { actorOfUser } from "../auth/actor-of-user";
import { AppError } from "../errors";
import { ZApiClientCreateInput, ZApiClientInput, ZRotateApiClientInput } from "../schemas/api-client";
import type { TActor } from "../shared/actor";
import { rejection } from "../testing/rejection";
import { authenticateApiClient } from "./authenticate-api-client";
import { createApiClient } from "./create-api-client";
import { getApiClient } from "./get-api-client";
import { listApiClients } from "./list-api-clients";
import { rotateApiClient } from "./rotate-api-client";
import { setApiClientActive } from "./set-api-client-active";
import { updateApiClient } from "./update-api-client";

const listQuery = { order: "asc", page: 1, pageSize: 20, status: "all" } as const;

const codeOf = async (promise: Promise<unknown>) => {
  const error = await promise.then(
    () => null,
    (reason: unknown) => reason,
  );
  if (!(error instanceof AppError)) throw new Error(`Expected an AppError, got ${String(error)}`);
  return error.code;
};

describe("API clients", () => {
  let actor: TActor;
  let otherActor: TActor;

  beforeAll(async () => {
    actor = actorOfUser((await createTestTenant(prisma)).admin);
    otherActor = actorOfUser((await createTestTenant(prisma)).admin);
  });

  afterAll(async () => {
    await prisma.$disconnect();
  });

  const create = (name: string, scopes: string[]) =>
    createApiClient({ actor, input: ZApiClientInput.parse({ name, scopes }) });

  it("shows the token once; the token authenticates as the client in its tenant with its scope", async () => {
    const { client, token } = await create("Hospital system", ["certificate:issue", "certificate:read"]);

    expect(token).toMatch(new RegExp(`^vax_${client.tokenPrefix}_[A-Za-z0-9_-]{20,}$`));
    const secret = token.split("_").slice(2).join("_");
    const reads = [
      await getApiClient({ actor, id: client.id }),
      await listApiClients({ actor, query: { ...listQuery, q: client.tokenPrefix } }),
    ];
    expect(JSON.stringify(reads)).not.toContain(secret);
    expect(JSON.stringify(reads)).not.toContain("secretHash");
    const stored = await prisma.apiClient.findUnique({ where: { id: client.id }, omit: { secretHash: false } });
    const audit = await prisma.auditEvent.findMany({ where: { entityId: client.id } });
    expect(audit.map((event) => event.action)).toEqual(["api-client.created"]);
    expect(JSON.stringify(audit)).not.toContain(secret);
    expect(JSON.stringify(audit)).not.toContain(stored?.secretHash);

    const caller = await authenticateApiClient({ token, scope: "certificate:issue" });
    expect(caller).toMatchObject({ type: "API_CLIENT", id: client.id, tenantId: actor.tenantId, role: null });
    expect((await getApiClient({ actor, id: client.id })).lastUsedAt).toBeInstanceOf(Date);
  });

  it("refuses a wrong secret, an unknown prefix and a malformed token as UNAUTHENTICATED", async () => {
    const { client, token } = await create("Registry", ["certificate:read"]);
    const wrongSecret = `vax_${client.tokenPrefix}_${"x".repeat(43)}`;
    const unknownPrefix = token.replace(client.tokenPrefix, "0123456789ab");
    for (const presented of [wrongSecret, unknownPrefix, "Bearer nonsense", ""]) {
      expect(await codeOf(authenticateApiClient({ token: presented, scope: "certificate:read" }))).toBe(
        "UNAUTHENTICATED",
      );
    }
  });

  it("refuses a deactivated client as UNAUTHENTICATED until it is reactivated", async () => {
    const { client, token } = await create("Old lab system", ["certificate:read"]);
    await setApiClientActive({ actor, id: client.id, active: false });
    expect(await codeOf(authenticateApiClient({ token, scope: "certificate:read" }))).toBe("UNAUTHENTICATED");
    await setApiClientActive({ actor, id: client.id, active: true });
    expect((await authenticateApiClient({ token, scope: "certificate:read" })).id).toBe(client.id);
    const actions = (
      await prisma.auditEvent.findMany({ where: { entityId: client.id }, orderBy: { createdAt: "asc" } })
    ).map((event) => event.action);
    expect(actions).toEqual(["api-client.created", "api-client.deactivated", "api-client.reactivated"]);
  });

  it("refuses a scope the client does not have as FORBIDDEN, and follows a scope change", async () => {
    const { client, token } = await create("Reader", ["certificate:read"]);
    expect(await codeOf(authenticateApiClient({ token, scope: "certificate:issue" }))).toBe("FORBIDDEN");
    await updateApiClient({
      actor,
      id: client.id,
      input: ZApiClientInput.parse({ name: "Reader", scopes: ["certificate:issue"] }),
    });
    expect((await authenticateApiClient({ token, scope: "certificate:issue" })).id).toBe(client.id);
  });

  it("updates lastUsedAt at most once a minute", async () => {
    const { client, token } = await create("Busy client", ["certificate:read"]);
    const start = new Date("2030-01-01T00:00:00Z");
    await authenticateApiClient({ token, scope: "certificate:read", now: start });
    await authenticateApiClient({ token, scope: "certificate:read", now: new Date(start.getTime() + 30_000) });
    expect((await getApiClient({ actor, id: client.id })).lastUsedAt).toEqual(start);
    const later = new Date(start.getTime() + 61_000);
    await authenticateApiClient({ token, scope: "certificate:read", now: later });
    expect((await getApiClient({ actor, id: client.id })).lastUsedAt).toEqual(later);
  });

  it("refuses a duplicate name with CONFLICT on the name, and another tenant's client as NOT_FOUND", async () => {
    const { client } = await create("Unique name", ["certificate:read"]);
    try {
      await create("Unique name", ["certificate:read"]);
      expect.unreachable();
    } catch (error) {
      expect(error).toMatchObject({ code: "CONFLICT", details: [{ path: "name" }] });
    }
    expect(await codeOf(getApiClient({ actor: otherActor, id: client.id }))).toBe("NOT_FOUND");
    expect(await codeOf(setApiClientActive({ actor: otherActor, id: client.id, active: false }))).toBe("NOT_FOUND");
    expect((await listApiClients({ actor: otherActor, query: listQuery })).items).toEqual([]);
  });

  it("needs at least one known scope", () => {
    expect(ZApiClientInput.safeParse({ name: "x", scopes: [] }).error?.issues[0]?.message).toBe(
      "Choose at least one scope",
    );
    expect(ZApiClientInput.safeParse({ name: "x", scopes: ["admin"] }).success).toBe(false);
  });

  const HOUR = 60 * 60_000;
  const DAY = 24 * HOUR;
  const at = (start: Date, ms: number) => new Date(start.getTime() + ms);
  const createWith = (name: string, expiry: Record<string, unknown>, now?: Date) =>
    createApiClient({
      actor,
      input: ZApiClientCreateInput.parse({ name, scopes: ["certificate:read"], ...expiry }),
      now,
    });
  const use = (token: string, now?: Date) => authenticateApiClient({ token, scope: "certificate:read", now });

  it("takes an expiry as a date (through that day, UTC) or as days, and refuses the token after it, saying so", async () => {
    const start = new Date("2030-03-10T09:00:00Z");
    const { client, token } = await createWith("Expires on a date", { expiresAt: "2030-03-31" }, start);
    expect(client.expiresAt).toEqual(new Date("2030-03-31T23:59:59.999Z"));
    expect((await use(token, new Date("2030-03-31T23:59:00Z"))).id).toBe(client.id);
    const expired = await rejection(use(token, new Date("2030-04-01T00:00:00Z")));
    expect(expired).toMatchObject({
      code: "UNAUTHENTICATED",
      message: "This API token expired at 2030-03-31 23:59 UTC; ask an administrator to rotate it",
    });

    const inDays = await createWith("Expires in days", { expiresInDays: 30 }, start);
    expect(inDays.client.expiresAt).toEqual(at(start, 30 * DAY));
    const forever = await createWith("Never expires", {}, start);
    expect(forever.client.expiresAt).toBeNull();
    expect((await use(forever.token, at(start, 3000 * DAY))).id).toBe(forever.client.id);
  });

  it("refuses an expiry in the past, both forms at once, or a malformed one, and writes nothing", async () => {
    const before = await prisma.apiClient.count({ where: { tenantId: actor.tenantId ?? "" } });
    expect(await rejection(createWith("Past", { expiresAt: "2020-01-01" }))).toMatchObject({
      code: "VALIDATION_FAILED",
      details: [{ path: "expiresAt", message: "The expiry must be in the future" }],
    });
    const both = ZApiClientCreateInput.safeParse({
      name: "Both",
      scopes: ["certificate:read"],
      expiresAt: "2031-01-01",
      expiresInDays: 5,
    });
    expect(both.error?.issues[0]).toMatchObject({
      path: ["expiresInDays"],
      message: "Give an expiry date or a number of days, not both",
    });
    for (const expiresAt of ["31/12/2030", "2030-02-30", "tomorrow"]) {
      expect(ZApiClientCreateInput.safeParse({ name: "Bad", scopes: ["certificate:read"], expiresAt }).success).toBe(
        false,
      );
    }
    for (const expiresInDays of [0, 3651, 1.5, "7"]) {
      expect(
        ZApiClientCreateInput.safeParse({ name: "Bad", scopes: ["certificate:read"], expiresInDays }).success,
      ).toBe(false);
    }
    expect(await prisma.apiClient.count({ where: { tenantId: actor.tenantId ?? "" } })).toBe(before);
  });

  it("rotates a token: the new one works, the old one until the grace period ends, then it is refused", async () => {
    const start = new Date("2030-05-01T08:00:00Z");
    const { client, token: oldToken } = await createWith("Rotating", { expiresInDays: 90 }, start);
    const rotatedAt = at(start, 10 * DAY);
    const rotated = await rotateApiClient({
      actor,
      id: client.id,
      input: ZRotateApiClientInput.parse({ graceHours: 48 }),
      now: rotatedAt,
    });
    expect(rotated.token).not.toBe(oldToken);
    expect(rotated.client).toMatchObject({
      rotatedAt,
      previousTokenPrefix: client.tokenPrefix,
      previousTokenExpiresAt: at(rotatedAt, 48 * HOUR),
      // The new token gets the 90 days the old one was given.
      expiresAt: at(rotatedAt, 90 * DAY),
    });
    expect(rotated.client.tokenPrefix).not.toBe(client.tokenPrefix);
    expect((await use(rotated.token, at(rotatedAt, HOUR))).id).toBe(client.id);
    expect((await use(oldToken, at(rotatedAt, 47 * HOUR))).id).toBe(client.id);
    expect(await rejection(use(oldToken, at(rotatedAt, 48 * HOUR)))).toMatchObject({
      code: "UNAUTHENTICATED",
      message:
        "This API token was replaced by a new one and stopped working at 2030-05-13 08:00 UTC; use the new token",
    });
    expect((await use(rotated.token, at(rotatedAt, 48 * HOUR))).id).toBe(client.id);

    const stored = await prisma.apiClient.findUniqueOrThrow({
      where: { id: client.id },
      omit: { secretHash: false, previousSecretHash: false },
    });
    const audit = await prisma.auditEvent.findMany({ where: { entityId: client.id }, orderBy: { createdAt: "asc" } });
    expect(audit.map((event) => event.action)).toEqual(["api-client.created", "api-client.rotated"]);
    expect(audit[1]?.after).toMatchObject({ tokenPrefix: rotated.client.tokenPrefix, graceHours: 48 });
    for (const secret of [oldToken, rotated.token, stored.secretHash, stored.previousSecretHash]) {
      expect(JSON.stringify(audit)).not.toContain(secret?.split("_").slice(2).join("_") || secret);
    }
    expect(JSON.stringify(await getApiClient({ actor, id: client.id }))).not.toContain("SecretHash");
  });

  it("stops the old token at once with a grace of 0 hours, and forgets a token replaced twice", async () => {
    const { client, token: first } = await create("Leaked token", ["certificate:read"]);
    const now = new Date();
    const second = await rotateApiClient({
      actor,
      id: client.id,
      input: ZRotateApiClientInput.parse({ graceHours: 0 }),
      now,
    });
    expect(await rejection(use(first, now))).toMatchObject({ code: "UNAUTHENTICATED" });
    expect((await use(second.token, now)).id).toBe(client.id);
    const third = await rotateApiClient({ actor, id: client.id, input: ZRotateApiClientInput.parse({}), now });
    expect(third.client.previousTokenExpiresAt).toEqual(at(now, 24 * HOUR));
    expect((await use(second.token, now)).id).toBe(client.id);
    expect(await rejection(use(first, now))).toMatchObject({ message: "The API token is not valid" });
  });

  it("refuses a grace period outside 0–168 hours and another tenant's client", async () => {
    const { client } = await create("Grace bounds", ["certificate:read"]);
    for (const graceHours of [-1, 169, 2.5, "24"]) {
      expect(ZRotateApiClientInput.safeParse({ graceHours }).success).toBe(false);
    }
    expect(
      await codeOf(rotateApiClient({ actor: otherActor, id: client.id, input: ZRotateApiClientInput.parse({}) })),
    ).toBe("NOT_FOUND");
  });

  it("refuses every token of a deactivated tenant, naming the tenant, until it is reactivated", async () => {
    const { tenant, admin } = await createTestTenant(prisma);
    const { client, token } = await createApiClient({
      actor: actorOfUser(admin),
      input: ZApiClientInput.parse({ name: "Tenant's system", scopes: ["certificate:read"] }),
    });
    await prisma.tenant.update({ where: { id: tenant.id }, data: { active: false, deactivatedAt: new Date() } });
    expect(await rejection(use(token))).toMatchObject({
      code: "UNAUTHENTICATED",
      message: `${tenant.name} has been deactivated on the platform, so its API tokens no longer work`,
    });
    await prisma.tenant.update({ where: { id: tenant.id }, data: { active: true, deactivatedAt: null } });
    expect((await use(token)).id).toBe(client.id);
  });
});
