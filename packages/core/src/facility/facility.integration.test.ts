import { prisma } from "@vax/db";
import { createTestTenant } from "@vax/db/testing";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type TFacilityInput, ZFacilityInput } from "../schemas/facility";
import { ZListQuery } from "../schemas/list-query";
import type { TActor } from "../shared/actor";
import { rejection } from "../testing/rejection";
import { createFacility, getFacility, listFacilities, setFacilityActive, updateFacility } from "./index";

// Each tenant gets its admin as the actor, shaped as a signed-in user's session makes it.
const tenantWithActor = async () => {
  const { tenant, admin } = await createTestTenant(prisma);
  const actor: TActor = {
    type: "USER",
    id: admin.id,
    label: `${admin.name} <${admin.email}>`,
    tenantId: tenant.id,
    role: admin.role,
    facilityId: null,
  };
  const programme = (name: string) => prisma.programme.create({ data: { tenantId: tenant.id, name, disease: name } });
  return { tenant, actor, programme };
};

const input = (fields: Partial<TFacilityInput> = {}) =>
  ZFacilityInput.parse({
    code: "KA-BLR-PHC-001",
    name: "Primary Health Centre Jayanagar",
    addressLine: "9th Block, Jayanagar",
    country: "IN",
    category: "GOVERNMENT",
    ...fields,
  });

const query = (fields: Record<string, string> = {}) => ZListQuery.parse(fields);

const auditCount = (entityId: string) => prisma.auditEvent.count({ where: { entityType: "Facility", entityId } });

describe("facilities", () => {
  let home: Awaited<ReturnType<typeof tenantWithActor>>;
  let other: Awaited<ReturnType<typeof tenantWithActor>>;
  let covid: { id: string };
  let measles: { id: string };

  beforeAll(async () => {
    home = await tenantWithActor();
    other = await tenantWithActor();
    covid = await home.programme("COVID-19");
    measles = await home.programme("Measles");
  });

  afterAll(async () => {
    await prisma.$disconnect();
  });

  it("creates a facility with its address and programmes, and reads it back", async () => {
    const created = await createFacility({
      actor: home.actor,
      input: input({
        district: "Bengaluru Urban",
        state: "Karnataka",
        pincode: "560069",
        country: "in",
        programmeIds: [covid.id, measles.id],
      }),
    });
    expect(created).toMatchObject({
      code: "KA-BLR-PHC-001",
      name: "Primary Health Centre Jayanagar",
      district: "Bengaluru Urban",
      state: "Karnataka",
      pincode: "560069",
      country: "IN",
      category: "GOVERNMENT",
      active: true,
      tenantId: home.tenant.id,
      programmes: [
        { id: covid.id, name: "COVID-19" },
        { id: measles.id, name: "Measles" },
      ],
    });
    expect(await getFacility({ actor: home.actor, id: created.id })).toEqual(created);
    const events = await prisma.auditEvent.findMany({ where: { entityId: created.id } });
    expect(events).toHaveLength(1);
    expect(events[0]).toMatchObject({ action: "facility.created", actorId: home.actor.id, tenantId: home.tenant.id });
  });

  it("takes a facility with no programme", async () => {
    const created = await createFacility({ actor: home.actor, input: input({ code: "KA-NONE-1", name: "Unlinked" }) });
    expect(created.programmes).toEqual([]);
  });

  it("searches by code, name, district or state, sorts and pages, with programme names", async () => {
    const { actor, programme } = await tenantWithActor();
    const polio = await programme("Polio");
    await createFacility({
      actor,
      input: input({
        code: "MH-PUN-1",
        name: "Aundh Clinic",
        district: "Pune",
        state: "Maharashtra",
        programmeIds: [polio.id],
      }),
    });
    await createFacility({
      actor,
      input: input({ code: "KA-MYS-2", name: "Chamundi Hospital", district: "Mysuru", state: "Karnataka" }),
    });
    await createFacility({
      actor,
      input: input({ code: "KA-BLR-3", name: "Banashankari PHC", district: "Bengaluru Urban", state: "Karnataka" }),
    });

    const codes = async (fields: Record<string, string>) =>
      (await listFacilities({ actor, query: query(fields) })).items.map((facility) => facility.code);
    expect(await codes({ q: "mh-pun" })).toEqual(["MH-PUN-1"]);
    expect(await codes({ q: "chamundi" })).toEqual(["KA-MYS-2"]);
    expect(await codes({ q: "bengaluru" })).toEqual(["KA-BLR-3"]);
    expect(await codes({ q: "karnataka" })).toEqual(["KA-BLR-3", "KA-MYS-2"]);
    expect(await codes({})).toEqual(["MH-PUN-1", "KA-BLR-3", "KA-MYS-2"]);
    expect(await codes({ sort: "code" })).toEqual(["KA-BLR-3", "KA-MYS-2", "MH-PUN-1"]);
    expect(await codes({ sort: "district", order: "desc" })).toEqual(["MH-PUN-1", "KA-MYS-2", "KA-BLR-3"]);
    expect(await codes({ sort: "pincode" })).toEqual(["MH-PUN-1", "KA-BLR-3", "KA-MYS-2"]);

    const page = await listFacilities({ actor, query: query({ sort: "code", pageSize: "2", page: "2" }) });
    expect(page).toMatchObject({ total: 3, page: 2, pageSize: 2 });
    expect(page.items.map((facility) => facility.code)).toEqual(["MH-PUN-1"]);
    expect(page.items[0]?.programmes).toEqual([{ id: polio.id, name: "Polio" }]);
  });

  it("replaces the details and programmes, writing one audit event", async () => {
    const created = await createFacility({
      actor: home.actor,
      input: input({ code: "KA-BLR-DH-002", name: "District Hospital", pincode: "560064", programmeIds: [covid.id] }),
    });
    const updated = await updateFacility({
      actor: home.actor,
      id: created.id,
      input: input({
        code: "KA-BLR-DH-002",
        name: "District Hospital Yelahanka",
        category: "PRIVATE",
        programmeIds: [],
      }),
    });
    expect(updated).toMatchObject({
      name: "District Hospital Yelahanka",
      category: "PRIVATE",
      pincode: "",
      programmes: [],
    });
    expect(await getFacility({ actor: home.actor, id: created.id })).toEqual(updated);
    const events = await prisma.auditEvent.findMany({ where: { entityId: created.id } });
    expect(events.map((event) => event.action).sort()).toEqual(["facility.created", "facility.updated"]);
    const update = events.find((event) => event.action === "facility.updated");
    expect(update?.before).toMatchObject({ name: "District Hospital", programmes: [{ id: covid.id }] });
    expect(update?.after).toMatchObject({ name: "District Hospital Yelahanka", programmes: [] });
  });

  it("hides a deactivated facility from the default list and shows it again once reactivated", async () => {
    const { actor } = await tenantWithActor();
    const kept = await createFacility({ actor, input: input({ code: "KEPT-1", name: "Kept" }) });
    const closed = await createFacility({ actor, input: input({ code: "CLOSED-1", name: "Closed" }) });

    expect((await setFacilityActive({ actor, id: closed.id, active: false })).active).toBe(false);
    const codes = async (status?: string) =>
      (await listFacilities({ actor, query: query(status ? { status, sort: "code" } : { sort: "code" }) })).items.map(
        (facility) => facility.code,
      );
    expect(await codes()).toEqual([kept.code]);
    expect(await codes("inactive")).toEqual([closed.code]);
    expect(await codes("all")).toEqual(["CLOSED-1", "KEPT-1"]);
    expect(await auditCount(closed.id)).toBe(2);

    await setFacilityActive({ actor, id: closed.id, active: true });
    expect(await codes()).toEqual(["CLOSED-1", "KEPT-1"]);
    const events = await prisma.auditEvent.findMany({ where: { entityId: closed.id } });
    expect(events.map((event) => event.action).sort()).toEqual([
      "facility.created",
      "facility.deactivated",
      "facility.reactivated",
    ]);
  });

  it("refuses a second facility with the same code in the tenant, writing nothing", async () => {
    await createFacility({ actor: home.actor, input: input({ code: "DUP-1", name: "First" }) });
    const facilitiesBefore = await prisma.facility.count({ where: { tenantId: home.tenant.id } });
    const auditsBefore = await prisma.auditEvent.count({ where: { tenantId: home.tenant.id } });

    const error = await rejection(
      createFacility({ actor: home.actor, input: input({ code: "DUP-1", name: "Second" }) }),
    );
    expect(error.code).toBe("CONFLICT");
    expect(error.details).toEqual([{ path: "code", message: "A facility with this code already exists" }]);

    const renamed = await createFacility({ actor: home.actor, input: input({ code: "DUP-2", name: "Third" }) });
    const recodeError = await rejection(
      updateFacility({ actor: home.actor, id: renamed.id, input: input({ code: "DUP-1", name: "Third" }) }),
    );
    expect(recodeError.code).toBe("CONFLICT");
    expect(recodeError.details[0]?.path).toBe("code");
    expect((await getFacility({ actor: home.actor, id: renamed.id })).code).toBe("DUP-2");
    expect(await prisma.facility.count({ where: { tenantId: home.tenant.id } })).toBe(facilitiesBefore + 1);
    expect(await prisma.auditEvent.count({ where: { tenantId: home.tenant.id } })).toBe(auditsBefore + 1);

    // The same code is free in another tenant.
    await createFacility({ actor: other.actor, input: input({ code: "DUP-1", name: "Elsewhere" }) });
  });

  it("refuses a programme of another tenant, writing nothing", async () => {
    const foreign = await other.programme("Foreign programme");
    const facilitiesBefore = await prisma.facility.count();
    const auditsBefore = await prisma.auditEvent.count();

    const error = await rejection(
      createFacility({ actor: home.actor, input: input({ code: "SMUGGLED-1", programmeIds: [covid.id, foreign.id] }) }),
    );
    expect(error.code).toBe("VALIDATION_FAILED");
    expect(error.details).toEqual([{ path: "programmeIds", message: "Unknown programme" }]);

    const mine = await createFacility({
      actor: home.actor,
      input: input({ code: "HONEST-1", programmeIds: [covid.id] }),
    });
    const updateError = await rejection(
      updateFacility({
        actor: home.actor,
        id: mine.id,
        input: input({ code: "HONEST-1", programmeIds: [foreign.id] }),
      }),
    );
    expect(updateError.code).toBe("VALIDATION_FAILED");
    expect(updateError.details[0]?.path).toBe("programmeIds");
    expect((await getFacility({ actor: home.actor, id: mine.id })).programmes).toEqual([
      { id: covid.id, name: "COVID-19" },
    ]);
    expect(await prisma.facility.count()).toBe(facilitiesBefore + 1);
    expect(await prisma.auditEvent.count()).toBe(auditsBefore + 1);
  });

  it("answers NOT_FOUND to another tenant's actor and keeps the facility out of its list", async () => {
    const mine = await createFacility({ actor: home.actor, input: input({ code: "PRIVATE-1", name: "Private" }) });
    const attempts = [
      () => getFacility({ actor: other.actor, id: mine.id }),
      () => updateFacility({ actor: other.actor, id: mine.id, input: input({ code: "TAKEN-1" }) }),
      () => setFacilityActive({ actor: other.actor, id: mine.id, active: false }),
    ];
    for (const attempt of attempts) expect((await rejection(attempt())).code).toBe("NOT_FOUND");
    const list = await listFacilities({ actor: other.actor, query: query({ q: "PRIVATE-1", status: "all" }) });
    expect(list.total).toBe(0);
    expect(await getFacility({ actor: home.actor, id: mine.id })).toMatchObject({ code: "PRIVATE-1", active: true });
    expect(await auditCount(mine.id)).toBe(1);
  });
});
