import { prisma } from "@vax/db";
import { createTestTenant } from "@vax/db/testing";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { actorOfUser } from "../auth/actor-of-user";
import { AppError } from "../errors";
import { ZApiClientInput } from "../schemas/api-client";
import type { TActor } from "../shared/actor";
import { authenticateApiClient } from "./authenticate-api-client";
import { createApiClient } from "./create-api-client";
import { getApiClient } from "./get-api-client";
import { listApiClients } from "./list-api-clients";
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
    const { client, token } = await create("Registry", ["recipient:read"]);
    const wrongSecret = `vax_${client.tokenPrefix}_${"x".repeat(43)}`;
    const unknownPrefix = token.replace(client.tokenPrefix, "0123456789ab");
    for (const presented of [wrongSecret, unknownPrefix, "Bearer nonsense", ""]) {
      expect(await codeOf(authenticateApiClient({ token: presented, scope: "recipient:read" }))).toBe(
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
});
