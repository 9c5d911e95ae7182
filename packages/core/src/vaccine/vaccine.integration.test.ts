import { prisma } from "@vax/db";
import { createTestTenant } from "@vax/db/testing";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { ZListQuery } from "../schemas/list-query";
import { type TVaccineInput, ZVaccineInput } from "../schemas/vaccine";
import type { TActor } from "../shared/actor";
import { rejection } from "../testing/rejection";
import { createVaccine, getVaccine, listVaccines, setVaccineActive, updateVaccine } from "./index";

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

const input = (fields: Partial<TVaccineInput> & { programmeIds: string[] }) =>
  ZVaccineInput.parse({
    name: "COVISHIELD",
    manufacturer: "Serum Institute of India",
    dosesInSchedule: "2",
    ...fields,
  });

const query = (fields: Record<string, string> = {}) => ZListQuery.parse(fields);

const auditCount = (entityId: string) => prisma.auditEvent.count({ where: { entityType: "Vaccine", entityId } });

describe("vaccines", () => {
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

  it("creates a vaccine with its codes and programmes, and reads it back", async () => {
    const created = await createVaccine({
      actor: home.actor,
      input: input({
        icd11Code: "XM9QW8",
        whoProphylaxisCode: "J07BN02",
        euProductCode: "Covishield",
        cvxCode: "210",
        minIntervalDays: "84",
        validityDays: "365",
        programmeIds: [covid.id],
      }),
    });
    expect(created).toMatchObject({
      name: "COVISHIELD",
      icd11Code: "XM9QW8",
      whoProphylaxisCode: "J07BN02",
      euProductCode: "Covishield",
      euHolderCode: null,
      cvxCode: "210",
      dosesInSchedule: 2,
      minIntervalDays: 84,
      validityDays: 365,
      active: true,
      tenantId: home.tenant.id,
      programmes: [{ id: covid.id, name: "COVID-19" }],
    });
    expect(await getVaccine({ actor: home.actor, id: created.id })).toEqual(created);
    expect(await auditCount(created.id)).toBe(1);
    const [event] = await prisma.auditEvent.findMany({ where: { entityId: created.id } });
    expect(event).toMatchObject({ action: "vaccine.created", actorId: home.actor.id, tenantId: home.tenant.id });
  });

  it("searches by name, manufacturer or ICD-11 code, sorts and pages, with programme names", async () => {
    const { actor, programme } = await tenantWithActor();
    const mr = await programme("Measles-Rubella");
    await createVaccine({ actor, input: input({ name: "Alpha", manufacturer: "Zeta Labs", programmeIds: [mr.id] }) });
    await createVaccine({
      actor,
      input: input({ name: "Bravo", manufacturer: "Acme Biologicals", programmeIds: [mr.id] }),
    });
    await createVaccine({
      actor,
      input: input({ name: "Charlie", manufacturer: "Mid Pharma", icd11Code: "XM1NL1", programmeIds: [mr.id] }),
    });

    const names = async (fields: Record<string, string>) =>
      (await listVaccines({ actor, query: query(fields) })).items.map((vaccine) => vaccine.name);
    expect(await names({ q: "acme" })).toEqual(["Bravo"]);
    expect(await names({ q: "xm1n" })).toEqual(["Charlie"]);
    expect(await names({ q: "CHAR" })).toEqual(["Charlie"]);
    expect(await names({})).toEqual(["Alpha", "Bravo", "Charlie"]);
    expect(await names({ sort: "manufacturer" })).toEqual(["Bravo", "Charlie", "Alpha"]);
    expect(await names({ sort: "name", order: "desc" })).toEqual(["Charlie", "Bravo", "Alpha"]);
    expect(await names({ sort: "tenantId; drop table" })).toEqual(["Alpha", "Bravo", "Charlie"]);

    const page = await listVaccines({ actor, query: query({ pageSize: "2", page: "2" }) });
    expect(page).toMatchObject({ total: 3, page: 2, pageSize: 2 });
    expect(page.items.map((vaccine) => vaccine.name)).toEqual(["Charlie"]);
    expect(page.items[0]?.programmes).toEqual([{ id: mr.id, name: "Measles-Rubella" }]);
  });

  it("replaces the details and programmes, writing one audit event", async () => {
    const created = await createVaccine({
      actor: home.actor,
      input: input({ name: "COVAXIN", manufacturer: "Bharat Biotech", cvxCode: "502", programmeIds: [covid.id] }),
    });
    const updated = await updateVaccine({
      actor: home.actor,
      id: created.id,
      input: input({
        name: "COVAXIN",
        manufacturer: "Bharat Biotech Ltd",
        dosesInSchedule: "3",
        programmeIds: [measles.id],
      }),
    });
    expect(updated).toMatchObject({ manufacturer: "Bharat Biotech Ltd", dosesInSchedule: 3, cvxCode: null });
    expect(updated.programmes).toEqual([{ id: measles.id, name: "Measles" }]);
    expect(await getVaccine({ actor: home.actor, id: created.id })).toEqual(updated);
    const events = await prisma.auditEvent.findMany({ where: { entityId: created.id } });
    expect(events.map((event) => event.action).sort()).toEqual(["vaccine.created", "vaccine.updated"]);
    const update = events.find((event) => event.action === "vaccine.updated");
    expect(update?.before).toMatchObject({ manufacturer: "Bharat Biotech", programmes: [{ id: covid.id }] });
    expect(update?.after).toMatchObject({ manufacturer: "Bharat Biotech Ltd", programmes: [{ id: measles.id }] });
  });

  it("hides a deactivated vaccine from the default list and shows it again once reactivated", async () => {
    const { actor, programme } = await tenantWithActor();
    const p = await programme("Polio");
    const kept = await createVaccine({ actor, input: input({ name: "OPV", programmeIds: [p.id] }) });
    const retired = await createVaccine({ actor, input: input({ name: "IPV", programmeIds: [p.id] }) });

    const deactivated = await setVaccineActive({ actor, id: retired.id, active: false });
    expect(deactivated.active).toBe(false);
    const names = async (status?: string) =>
      (await listVaccines({ actor, query: query(status ? { status } : {}) })).items.map((vaccine) => vaccine.name);
    expect(await names()).toEqual([kept.name]);
    expect(await names("inactive")).toEqual([retired.name]);
    expect(await names("all")).toEqual(["IPV", "OPV"]);
    expect(await auditCount(retired.id)).toBe(2);

    await setVaccineActive({ actor, id: retired.id, active: true });
    expect(await names()).toEqual(["IPV", "OPV"]);
    const events = await prisma.auditEvent.findMany({ where: { entityId: retired.id } });
    expect(events.map((event) => event.action).sort()).toEqual([
      "vaccine.created",
      "vaccine.deactivated",
      "vaccine.reactivated",
    ]);
  });

  it("refuses a second vaccine with the same name in the tenant, writing nothing", async () => {
    await createVaccine({ actor: home.actor, input: input({ name: "Comirnaty", programmeIds: [covid.id] }) });
    const vaccinesBefore = await prisma.vaccine.count({ where: { tenantId: home.tenant.id } });
    const auditsBefore = await prisma.auditEvent.count({ where: { tenantId: home.tenant.id } });

    const error = await rejection(
      createVaccine({ actor: home.actor, input: input({ name: "Comirnaty", programmeIds: [covid.id] }) }),
    );
    expect(error.code).toBe("CONFLICT");
    expect(error.details).toEqual([{ path: "name", message: "A vaccine with this name already exists" }]);

    const renamed = await createVaccine({
      actor: home.actor,
      input: input({ name: "Spikevax", programmeIds: [covid.id] }),
    });
    const renameError = await rejection(
      updateVaccine({
        actor: home.actor,
        id: renamed.id,
        input: input({ name: "Comirnaty", programmeIds: [covid.id] }),
      }),
    );
    expect(renameError.code).toBe("CONFLICT");
    expect(renameError.details[0]?.path).toBe("name");
    expect((await getVaccine({ actor: home.actor, id: renamed.id })).name).toBe("Spikevax");
    expect(await prisma.vaccine.count({ where: { tenantId: home.tenant.id } })).toBe(vaccinesBefore + 1);
    expect(await prisma.auditEvent.count({ where: { tenantId: home.tenant.id } })).toBe(auditsBefore + 1);

    // The same name is free in another tenant.
    const elsewhere = await other.programme("COVID-19");
    await createVaccine({ actor: other.actor, input: input({ name: "Comirnaty", programmeIds: [elsewhere.id] }) });
  });

  it("refuses a programme of another tenant, writing nothing", async () => {
    const foreign = await other.programme("Foreign programme");
    const vaccinesBefore = await prisma.vaccine.count();
    const auditsBefore = await prisma.auditEvent.count();

    const error = await rejection(
      createVaccine({ actor: home.actor, input: input({ name: "Smuggled", programmeIds: [covid.id, foreign.id] }) }),
    );
    expect(error.code).toBe("VALIDATION_FAILED");
    expect(error.details).toEqual([{ path: "programmeIds", message: "Unknown programme" }]);

    const mine = await createVaccine({ actor: home.actor, input: input({ name: "Honest", programmeIds: [covid.id] }) });
    const updateError = await rejection(
      updateVaccine({ actor: home.actor, id: mine.id, input: input({ name: "Honest", programmeIds: [foreign.id] }) }),
    );
    expect(updateError.code).toBe("VALIDATION_FAILED");
    expect(updateError.details[0]?.path).toBe("programmeIds");
    expect((await getVaccine({ actor: home.actor, id: mine.id })).programmes).toEqual([
      { id: covid.id, name: "COVID-19" },
    ]);
    expect(await prisma.vaccine.count()).toBe(vaccinesBefore + 1);
    expect(await prisma.auditEvent.count()).toBe(auditsBefore + 1);
  });

  it("answers NOT_FOUND to another tenant's actor and keeps the vaccine out of its list", async () => {
    const mine = await createVaccine({
      actor: home.actor,
      input: input({ name: "Private", programmeIds: [covid.id] }),
    });
    const foreignProgramme = await other.programme("Other programme");
    const attempts = [
      () => getVaccine({ actor: other.actor, id: mine.id }),
      () =>
        updateVaccine({
          actor: other.actor,
          id: mine.id,
          input: input({ name: "Taken", programmeIds: [foreignProgramme.id] }),
        }),
      () => setVaccineActive({ actor: other.actor, id: mine.id, active: false }),
    ];
    for (const attempt of attempts) expect((await rejection(attempt())).code).toBe("NOT_FOUND");
    const list = await listVaccines({ actor: other.actor, query: query({ q: "Private", status: "all" }) });
    expect(list.total).toBe(0);
    expect(await getVaccine({ actor: home.actor, id: mine.id })).toMatchObject({ name: "Private", active: true });
    expect(await auditCount(mine.id)).toBe(1);
  });
});
