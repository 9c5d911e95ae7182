import { prisma } from "@vax/db";
import { createTestTenant } from "@vax/db/testing";
import { beforeAll, describe, expect, it } from "vitest";
import { actorOfUser } from "../auth/actor-of-user";
import { AppError } from "../errors";
import { ZListQuery, ZProgrammeInput } from "../schemas";
import type { TActor } from "../shared/actor";
import { createProgramme } from "./create-programme";
import { getProgramme } from "./get-programme";
import { listProgrammes } from "./list-programmes";
import { setProgrammeActive } from "./set-programme-active";
import { updateProgramme } from "./update-programme";

const input = (overrides: Record<string, unknown> = {}) =>
  ZProgrammeInput.parse({
    name: "Polio",
    disease: "Poliomyelitis",
    icd11Code: "1C81",
    startDate: "2026-01-01",
    ...overrides,
  });

const auditCount = (entityId: string) => prisma.auditEvent.count({ where: { entityId } });

describe("programmes", () => {
  let actor: TActor;
  let stranger: TActor;

  beforeAll(async () => {
    actor = actorOfUser((await createTestTenant(prisma)).admin);
    stranger = actorOfUser((await createTestTenant(prisma)).admin);
  });

  it("creates a programme in the actor's tenant and audits it", async () => {
    const created = await createProgramme({ actor, input: input({ name: "Polio drops" }) });
    expect(created).toMatchObject({
      name: "Polio drops",
      disease: "Poliomyelitis",
      icd11Code: "1C81",
      startDate: "2026-01-01",
      active: true,
    });
    expect(created.tenantId).toBe(actor.tenantId);
    expect(await getProgramme({ actor, id: created.id })).toEqual(created);
    const events = await prisma.auditEvent.findMany({ where: { entityId: created.id } });
    expect(events).toHaveLength(1);
    expect(events[0]).toMatchObject({ action: "programme.created", actorId: actor.id, tenantId: actor.tenantId });
  });

  it("refuses a second programme with the same name and writes nothing", async () => {
    await createProgramme({ actor, input: input({ name: "Rotavirus" }) });
    const before = await prisma.programme.count({ where: { tenantId: actor.tenantId as string } });
    const error = await createProgramme({ actor, input: input({ name: "Rotavirus" }) }).catch((caught) => caught);
    expect(error).toBeInstanceOf(AppError);
    expect(error).toMatchObject({ code: "CONFLICT", details: [{ path: "name" }] });
    expect(await prisma.programme.count({ where: { tenantId: actor.tenantId as string } })).toBe(before);
  });

  it("lets another tenant use the same name but never see the first tenant's programme", async () => {
    const mine = await createProgramme({ actor, input: input({ name: "Typhoid" }) });
    await expect(createProgramme({ actor: stranger, input: input({ name: "Typhoid" }) })).resolves.toMatchObject({
      name: "Typhoid",
    });
    await expect(getProgramme({ actor: stranger, id: mine.id })).rejects.toMatchObject({ code: "NOT_FOUND" });
    await expect(
      updateProgramme({ actor: stranger, id: mine.id, input: input({ name: "Stolen" }) }),
    ).rejects.toMatchObject({
      code: "NOT_FOUND",
    });
    const theirs = await listProgrammes({ actor: stranger, query: ZListQuery.parse({}) });
    expect(theirs.items.map((programme) => programme.id)).not.toContain(mine.id);
  });

  it("updates a programme and records before and after", async () => {
    const created = await createProgramme({ actor, input: input({ name: "Hepatitis B" }) });
    const updated = await updateProgramme({
      actor,
      id: created.id,
      input: input({ name: "Hepatitis B birth dose", endDate: "2027-12-31" }),
    });
    expect(updated).toMatchObject({ name: "Hepatitis B birth dose", endDate: "2027-12-31" });
    const event = await prisma.auditEvent.findFirst({ where: { entityId: created.id, action: "programme.updated" } });
    expect(event?.before).toMatchObject({ name: "Hepatitis B" });
    expect(event?.after).toMatchObject({ name: "Hepatitis B birth dose" });
  });

  it("searches, sorts and pages the list", async () => {
    for (const name of ["Zeta campaign", "Alpha campaign", "Mu campaign"]) {
      await createProgramme({ actor, input: input({ name, disease: "Campaign disease" }) });
    }
    const sorted = await listProgrammes({
      actor,
      query: ZListQuery.parse({ q: "campaign", sort: "name", order: "desc" }),
    });
    expect(sorted.items.map((programme) => programme.name)).toEqual(["Zeta campaign", "Mu campaign", "Alpha campaign"]);
    const second = await listProgrammes({
      actor,
      query: ZListQuery.parse({ q: "CAMPAIGN", sort: "name", pageSize: "2", page: "2" }),
    });
    expect(second).toMatchObject({ total: 3, page: 2, pageSize: 2 });
    expect(second.items.map((programme) => programme.name)).toEqual(["Zeta campaign"]);
  });

  it("deactivates a programme: gone from the default list, kept in the inactive one, audited", async () => {
    const created = await createProgramme({ actor, input: input({ name: "Closed campaign" }) });
    await setProgrammeActive({ actor, id: created.id, active: false });
    const active = await listProgrammes({ actor, query: ZListQuery.parse({ q: "Closed campaign" }) });
    const inactive = await listProgrammes({
      actor,
      query: ZListQuery.parse({ q: "Closed campaign", status: "inactive" }),
    });
    expect(active.total).toBe(0);
    expect(inactive.items).toMatchObject([{ id: created.id, active: false }]);
    expect(await auditCount(created.id)).toBe(2);
  });

  it("rejects an end date before the start date in the shared schema", () => {
    const result = ZProgrammeInput.safeParse({
      name: "X",
      disease: "Y",
      startDate: "2026-05-01",
      endDate: "2026-04-01",
    });
    expect(result.success).toBe(false);
    expect(result.error?.issues[0]?.path).toEqual(["endDate"]);
  });
});
