import { prisma } from "@vax/db";
import { createTestTenant } from "@vax/db/testing";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { actorOfUser } from "../auth/actor-of-user";
import { type TRecipientInput, ZRecipientInput, ZRecipientSearch } from "../schemas/recipient";
import type { TActor } from "../shared/actor";
import { rejection } from "../testing/rejection";
import { findRecipients } from "./find-recipients";
import { registerRecipient } from "./register-recipient";

const makeTenant = async () => {
  const { tenant, admin } = await createTestTenant(prisma);
  return { tenant, actor: actorOfUser(admin) as TActor };
};

const input = (overrides: Partial<TRecipientInput> = {}) =>
  ZRecipientInput.parse({
    name: "Lakshmi Devi",
    dateOfBirth: "1984-03-09",
    gender: "FEMALE",
    identityType: "AADHAAR",
    identityNumber: "2345 6789 0124",
    mobile: "98450 12345",
    ...overrides,
  });

const search = (actor: TActor, q: string) => findRecipients({ actor, query: ZRecipientSearch.parse({ q }) });

describe("recipients", () => {
  let home: Awaited<ReturnType<typeof makeTenant>>;
  let other: Awaited<ReturnType<typeof makeTenant>>;

  beforeAll(async () => {
    home = await makeTenant();
    other = await makeTenant();
  });

  afterAll(async () => {
    await prisma.$disconnect();
  });

  it("registers a walk-in with the numbers as typed made canonical, and audits it", async () => {
    const recipient = await registerRecipient({ actor: home.actor, input: input() });
    expect(recipient).toMatchObject({
      name: "Lakshmi Devi",
      dateOfBirth: "1984-03-09",
      age: null,
      gender: "FEMALE",
      identityType: "AADHAAR",
      identityNumber: "234567890124",
      mobile: "9845012345",
      nationality: "IN",
      country: "IN",
      preEnrolments: [],
    });
    const audit = await prisma.auditEvent.findMany({ where: { entityType: "Recipient", entityId: recipient.id } });
    expect(audit).toHaveLength(1);
    expect(audit[0]).toMatchObject({ tenantId: home.tenant.id, action: "recipient.registered" });
  });

  it("keeps the age only when the date of birth is not known", async () => {
    const byAge = await registerRecipient({
      actor: home.actor,
      input: input({ dateOfBirth: "", age: "67", identityType: "VOTER_ID", identityNumber: "abc1234567" }),
    });
    expect(byAge).toMatchObject({ dateOfBirth: null, age: 67, identityNumber: "ABC1234567" });
  });

  it("refuses a second person with the same identity document, and writes nothing", async () => {
    const before = await prisma.recipient.count({ where: { tenantId: home.tenant.id } });
    const error = await rejection(
      registerRecipient({ actor: home.actor, input: input({ name: "Someone Else", identityNumber: "234567890124" }) }),
    );
    expect(error.code).toBe("CONFLICT");
    expect(error.details).toEqual([{ path: "identityNumber", message: error.message }]);
    expect(await prisma.recipient.count({ where: { tenantId: home.tenant.id } })).toBe(before);
    expect(await prisma.auditEvent.count({ where: { tenantId: home.tenant.id, entityType: "Recipient" } })).toBe(2);
  });

  it("lets the same document number stand for another document type, and in another tenant", async () => {
    await registerRecipient({ actor: other.actor, input: input() });
    const passport = await registerRecipient({
      actor: home.actor,
      input: input({ identityType: "OTHER", identityNumber: "234567890124" }),
    });
    expect(passport.identityType).toBe("OTHER");
  });

  it("finds recipients by mobile, identity number or pre-enrolment code, only in the actor's tenant", async () => {
    const family = await registerRecipient({
      actor: home.actor,
      input: input({
        name: "Arun Devi",
        identityType: "PASSPORT",
        identityNumber: "K1234567",
        dateOfBirth: "2010-06-01",
      }),
    });
    const programme = await prisma.programme.create({
      data: { tenantId: home.tenant.id, name: "COVID-19", disease: "COVID-19" },
    });
    await prisma.preEnrolment.create({
      data: { tenantId: home.tenant.id, code: "PE-77120", recipientId: family.id, programmeId: programme.id },
    });

    const byMobile = await search(home.actor, "+91 98450-12345");
    expect(byMobile.map((recipient) => recipient.name)).toEqual([
      "Arun Devi",
      "Lakshmi Devi",
      "Lakshmi Devi",
      "Lakshmi Devi",
    ]);
    expect((await search(home.actor, "k123 4567")).map((recipient) => recipient.id)).toEqual([family.id]);
    const byCode = await search(home.actor, "pe-77120");
    expect(byCode).toEqual([
      expect.objectContaining({
        id: family.id,
        preEnrolments: [{ code: "PE-77120", programmeId: programme.id, programmeName: "COVID-19", status: "OPEN" }],
      }),
    ]);
    expect(await search(other.actor, "K1234567")).toEqual([]);
    expect(await search(other.actor, "9845012345")).toHaveLength(1);
  });

  it("matches whole numbers only, never a part of one", async () => {
    expect(await search(home.actor, "98450")).toEqual([]);
    expect(await search(home.actor, "2345678901")).toEqual([]);
  });
});
