import { prisma } from "@vax/db";
import { createTestTenant } from "@vax/db/testing";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createApiClient } from "../api-client/create-api-client";
import { actorOfUser } from "../auth/actor-of-user";
import { ZApiClientInput } from "../schemas/api-client";
import { ZAuditQuery } from "../schemas/audit";
import type { TActor } from "../shared/actor";
import { recordAudit } from "../shared/audit";
import { listAuditEvents } from "./list-audit-events";

const query = (params: Record<string, string> = {}) => ZAuditQuery.parse(params);

describe("listAuditEvents", () => {
  let actor: TActor;
  let otherActor: TActor;

  beforeAll(async () => {
    actor = actorOfUser((await createTestTenant(prisma)).admin);
    otherActor = actorOfUser((await createTestTenant(prisma)).admin);
    // Written one by one so each has a later time than the one before.
    for (const index of [1, 2, 3]) {
      await prisma.$transaction((tx) =>
        recordAudit(tx, actor, {
          action: "programme.updated",
          entityType: "Programme",
          entityId: `programme-${index}`,
          before: { name: `Name ${index}` },
          after: { name: `Name ${index + 1}` },
        }),
      );
      await new Promise((resolve) => setTimeout(resolve, 5));
    }
    await createApiClient({
      actor,
      input: ZApiClientInput.parse({ name: "Audited client", scopes: ["certificate:read"] }),
    });
    await createApiClient({
      actor: otherActor,
      input: ZApiClientInput.parse({ name: "Elsewhere", scopes: ["certificate:read"] }),
    });
  });

  afterAll(async () => {
    await prisma.$disconnect();
  });

  it("lists the tenant's events newest first, with actor, entity and before/after", async () => {
    const page = await listAuditEvents({ actor, query: query({ sort: "createdAt", order: "asc" }) });
    expect(page.total).toBe(4);
    expect(page.items.map((event) => event.action)).toEqual([
      "api-client.created",
      "programme.updated",
      "programme.updated",
      "programme.updated",
    ]);
    expect(page.items.map((event) => event.entityId).slice(1)).toEqual(["programme-3", "programme-2", "programme-1"]);
    expect(page.items[1]).toMatchObject({
      actorType: "USER",
      actorLabel: actor.label,
      entityType: "Programme",
      before: { name: "Name 3" },
      after: { name: "Name 4" },
    });
    expect(page.items.some((event) => (event.after as { name?: string } | null)?.name === "Elsewhere")).toBe(false);
  });

  it("searches action, entity type, entity id and actor label", async () => {
    expect((await listAuditEvents({ actor, query: query({ q: "API-CLIENT" }) })).total).toBe(1);
    expect(
      (await listAuditEvents({ actor, query: query({ q: "programme-2" }) })).items.map((event) => event.entityId),
    ).toEqual(["programme-2"]);
    expect((await listAuditEvents({ actor, query: query({ q: "programme" }) })).total).toBe(3);
    expect((await listAuditEvents({ actor, query: query({ q: actor.label.slice(0, 12) }) })).total).toBe(4);
    expect((await listAuditEvents({ actor, query: query({ q: "no such thing" }) })).items).toEqual([]);
    expect((await listAuditEvents({ actor, query: query({ entityType: "ApiClient" }) })).total).toBe(1);
  });

  it("pages through the events", async () => {
    const first = await listAuditEvents({ actor, query: query({ pageSize: "3" }) });
    const second = await listAuditEvents({ actor, query: query({ pageSize: "3", page: "2" }) });
    expect(first.items).toHaveLength(3);
    expect(second.items).toHaveLength(1);
    expect(second.items[0]?.entityId).toBe("programme-1");
  });
});
