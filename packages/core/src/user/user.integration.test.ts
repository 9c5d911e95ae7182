import { randomBytes } from "node:crypto";
import { prisma } from "@vax/db";
import { createTestTenant } from "@vax/db/testing";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { actorOfUser } from "../auth/actor-of-user";
import { AppError } from "../errors";
import { type TUserCreateInput, ZUserCreateInput, ZUserUpdateInput } from "../schemas/user";
import type { TActor } from "../shared/actor";
import { createUser } from "./create-user";
import { getUser } from "./get-user";
import { listFacilityOptions } from "./list-facility-options";
import { listUsers } from "./list-users";
import { setUserActive } from "./set-user-active";
import { updateUser } from "./update-user";

const PASSWORD = "Vaccinate2026";
const defaultQuery = { order: "asc", page: 1, pageSize: 20, status: "active" } as const;

const makeTenant = async () => {
  const { tenant, admin } = await createTestTenant(prisma);
  const facility = (name: string, active = true) =>
    prisma.facility.create({
      data: {
        tenantId: tenant.id,
        code: `F-${randomBytes(3).toString("hex")}`,
        name,
        addressLine: "1 Hospital Road",
        country: "IN",
        category: "GOVERNMENT",
        active,
      },
    });
  return {
    tenant,
    actor: actorOfUser(admin),
    facilities: [await facility("City Hospital"), await facility("Rural Clinic")],
  };
};

const uniqueEmail = (who: string) => `${who}-${randomBytes(4).toString("hex")}@test.example`;

const input = (overrides: Partial<TUserCreateInput>) =>
  ZUserCreateInput.parse({
    name: "Meena Kumari",
    email: uniqueEmail("vaccinator"),
    role: "VACCINATOR",
    password: PASSWORD,
    ...overrides,
  });

const codeOf = async (promise: Promise<unknown>) => {
  const error = await promise.then(
    () => null,
    (reason: unknown) => reason,
  );
  if (!(error instanceof AppError)) throw new Error(`Expected an AppError, got ${String(error)}`);
  return { code: error.code, details: error.details, message: error.message };
};

const auditOf = (tenantId: string, entityId: string) =>
  prisma.auditEvent.findMany({ where: { tenantId, entityId }, orderBy: { createdAt: "asc" } });

describe("users and vaccinators", () => {
  let home: Awaited<ReturnType<typeof makeTenant>>;
  let other: Awaited<ReturnType<typeof makeTenant>>;

  beforeAll(async () => {
    home = await makeTenant();
    other = await makeTenant();
  });

  afterAll(async () => {
    await prisma.$disconnect();
  });

  it("creates a vaccinator as a user and a vaccinator record, and audits it without the hash", async () => {
    const facility = home.facilities[0];
    const created = await createUser({
      actor: home.actor,
      input: input({ facilityId: facility?.id, licenceNumber: "KA-NUR-9", mobile: "+91 98450 12345" }),
    });

    expect(created).toMatchObject({
      role: "VACCINATOR",
      facilityId: facility?.id,
      facilityName: "City Hospital",
      active: true,
    });
    expect(created).not.toHaveProperty("passwordHash");
    const vaccinator = await prisma.vaccinator.findUnique({ where: { userId: created.id } });
    expect(vaccinator).toMatchObject({
      tenantId: home.tenant.id,
      facilityId: facility?.id,
      name: "Meena Kumari",
      licenceNumber: "KA-NUR-9",
      mobile: "+919845012345",
      active: true,
    });
    const stored = await prisma.user.findUnique({ where: { id: created.id }, omit: { passwordHash: false } });
    expect(stored?.passwordHash).toMatch(/^\$2[aby]\$11\$/);

    const events = await auditOf(home.tenant.id, created.id);
    expect(events.map((event) => event.action)).toEqual(["user.created"]);
    expect(JSON.stringify(events)).not.toContain(stored?.passwordHash);
    expect(JSON.stringify(events)).not.toMatch(/passwordHash|\$2[aby]\$/);
  });

  it("lower-cases the e-mail and refuses a duplicate with CONFLICT on the e-mail, writing nothing", async () => {
    const email = uniqueEmail("Dup").toUpperCase();
    const first = await createUser({
      actor: home.actor,
      input: input({ email: ` ${email} `, facilityId: home.facilities[0]?.id }),
    });
    expect(first.email).toBe(email.toLowerCase());
    const before = {
      users: await prisma.user.count(),
      vaccinators: await prisma.vaccinator.count(),
      audit: await prisma.auditEvent.count(),
    };

    const refused = await codeOf(
      createUser({ actor: other.actor, input: input({ email, facilityId: other.facilities[0]?.id }) }),
    );

    expect(refused.code).toBe("CONFLICT");
    expect(refused.details).toEqual([{ path: "email", message: "An account with this e-mail already exists" }]);
    expect({
      users: await prisma.user.count(),
      vaccinators: await prisma.vaccinator.count(),
      audit: await prisma.auditEvent.count(),
    }).toEqual(before);
  });

  it("refuses another tenant's facility with VALIDATION_FAILED on facilityId", async () => {
    const refused = await codeOf(
      createUser({ actor: home.actor, input: input({ facilityId: other.facilities[0]?.id }) }),
    );
    expect(refused.code).toBe("VALIDATION_FAILED");
    expect(refused.details.map((detail) => detail.path)).toEqual(["facilityId"]);
  });

  it("needs a facility for facility roles and a password with a letter and a digit", () => {
    const noFacility = ZUserCreateInput.safeParse({
      name: "A",
      email: "a@b.example",
      role: "FACILITY_ADMIN",
      password: PASSWORD,
    });
    expect(noFacility.error?.issues).toEqual([
      expect.objectContaining({ path: ["facilityId"], message: "Choose the facility" }),
    ]);
    const weak = ZUserCreateInput.safeParse({
      name: "A",
      email: "a@b.example",
      role: "MONITORING",
      password: "onlyletters",
    });
    expect(weak.error?.issues[0]?.message).toMatch(/at least 10 characters.*letter.*digit/);
    const platform = ZUserCreateInput.safeParse({
      name: "A",
      email: "a@b.example",
      role: "PLATFORM_ADMIN",
      password: PASSWORD,
    });
    expect(platform.success).toBe(false);
  });

  it("never returns the password hash from get, list, update or set-active", async () => {
    const created = await createUser({ actor: home.actor, input: input({ facilityId: home.facilities[1]?.id }) });
    const results = [
      await getUser({ actor: home.actor, id: created.id }),
      await listUsers({ actor: home.actor, query: { ...defaultQuery, q: created.email } }),
      await updateUser({
        actor: home.actor,
        id: created.id,
        input: ZUserUpdateInput.parse({ ...created, newPassword: "Another-pass-2027" }),
      }),
      await setUserActive({ actor: home.actor, id: created.id, active: true }),
    ];
    expect(JSON.stringify(results)).not.toMatch(/passwordHash|\$2[aby]\$/);
    expect(JSON.stringify(await auditOf(home.tenant.id, created.id))).not.toMatch(/passwordHash|\$2[aby]\$/);
  });

  it("keeps the vaccinator record in step with the role", async () => {
    const created = await createUser({
      actor: home.actor,
      input: input({ role: "MONITORING", facilityId: home.facilities[0]?.id }),
    });
    expect(created.facilityId).toBeNull();
    expect(await prisma.vaccinator.findUnique({ where: { userId: created.id } })).toBeNull();

    const asVaccinator = {
      ...created,
      role: "VACCINATOR",
      facilityId: home.facilities[1]?.id,
      licenceNumber: "L-1",
      mobile: "9845012345",
    };
    const promoted = await updateUser({
      actor: home.actor,
      id: created.id,
      input: ZUserUpdateInput.parse(asVaccinator),
    });
    expect(promoted.vaccinator).toMatchObject({ licenceNumber: "L-1", mobile: "9845012345", active: true });

    const demoted = await updateUser({
      actor: home.actor,
      id: created.id,
      input: ZUserUpdateInput.parse({ ...asVaccinator, role: "MONITORING" }),
    });
    expect(demoted.vaccinator?.active).toBe(false);
    expect(demoted.facilityId).toBeNull();
    expect((await auditOf(home.tenant.id, created.id)).map((event) => event.action)).toEqual([
      "user.created",
      "user.updated",
      "user.updated",
    ]);
  });

  it("deactivates a user and their vaccinator record, and reactivates both", async () => {
    const created = await createUser({ actor: home.actor, input: input({ facilityId: home.facilities[0]?.id }) });

    const deactivated = await setUserActive({ actor: home.actor, id: created.id, active: false });
    expect(deactivated.active).toBe(false);
    expect((await prisma.vaccinator.findUnique({ where: { userId: created.id } }))?.active).toBe(false);
    const listed = await listUsers({ actor: home.actor, query: { ...defaultQuery, q: created.email } });
    expect(listed.items).toEqual([]);

    await setUserActive({ actor: home.actor, id: created.id, active: true });
    expect((await prisma.vaccinator.findUnique({ where: { userId: created.id } }))?.active).toBe(true);
    expect((await auditOf(home.tenant.id, created.id)).map((event) => event.action)).toEqual([
      "user.created",
      "user.deactivated",
      "user.reactivated",
    ]);
  });

  it("refuses to let an actor deactivate themself", async () => {
    const refused = await codeOf(setUserActive({ actor: home.actor, id: home.actor.id as string, active: false }));
    expect(refused.code).toBe("UNPROCESSABLE");
    expect((await prisma.user.findUnique({ where: { id: home.actor.id as string } }))?.active).toBe(true);
  });

  it("keeps tenants apart: another tenant's user is NOT_FOUND for every operation", async () => {
    const foreign = await createUser({ actor: other.actor, input: input({ facilityId: other.facilities[0]?.id }) });
    const update = ZUserUpdateInput.parse({ ...foreign, name: "Hijacked" });
    for (const attempt of [
      () => getUser({ actor: home.actor, id: foreign.id }),
      () => updateUser({ actor: home.actor, id: foreign.id, input: update }),
      () => setUserActive({ actor: home.actor, id: foreign.id, active: false }),
    ]) {
      expect((await codeOf(attempt())).code).toBe("NOT_FOUND");
    }
    const listed = await listUsers({ actor: home.actor, query: { ...defaultQuery, status: "all", q: foreign.email } });
    expect(listed.items).toEqual([]);
    expect((await getUser({ actor: other.actor, id: foreign.id })).name).toBe("Meena Kumari");
  });

  it("shows a facility admin only the users of their facility, and filters by role", async () => {
    const [city, rural] = home.facilities;
    const facilityAdmin = await createUser({
      actor: home.actor,
      input: input({ role: "FACILITY_ADMIN", email: uniqueEmail("fa"), facilityId: city?.id }),
    });
    const ruralVaccinator = await createUser({ actor: home.actor, input: input({ facilityId: rural?.id }) });
    const actor: TActor = { ...home.actor, id: facilityAdmin.id, role: "FACILITY_ADMIN", facilityId: city?.id ?? null };

    const seen = await listUsers({ actor, query: { ...defaultQuery, pageSize: 100 } });
    expect(seen.items.length).toBeGreaterThan(0);
    expect(seen.items.every((user) => user.facilityId === city?.id)).toBe(true);
    expect((await codeOf(getUser({ actor, id: ruralVaccinator.id }))).code).toBe("NOT_FOUND");

    const admins = await listUsers({
      actor: home.actor,
      query: { ...defaultQuery, pageSize: 100, role: "TENANT_ADMIN" },
    });
    expect(admins.items.map((user) => user.id)).toEqual([home.actor.id]);
  });

  it("offers the tenant's active facilities for the form", async () => {
    const inactive = await prisma.facility.create({
      data: {
        tenantId: home.tenant.id,
        code: "OLD-1",
        name: "Closed Centre",
        addressLine: "x",
        country: "IN",
        category: "PRIVATE",
        active: false,
      },
    });
    const options = await listFacilityOptions({ actor: home.actor });
    expect(options.map((option) => option.name)).toEqual(["City Hospital", "Rural Clinic"]);
    const withCurrent = await listFacilityOptions({ actor: home.actor, includeId: inactive.id });
    expect(withCurrent.map((option) => option.name)).toContain("Closed Centre");
  });
});
