import { randomUUID } from "node:crypto";
import { verify } from "@vax/credentials/verify";
import { prisma } from "@vax/db";
import { createTestCatalogue, createTestTenant, type TestCatalogue } from "@vax/db/testing";
import { beforeAll, describe, expect, it } from "vitest";
import { actorOfUser } from "../auth";
import { platformStatusLookup, platformTrustList, tenantDid } from "../issuer";
import type { TActor } from "../shared/actor";
import { rejection } from "../testing/rejection";
import { normaliseCertificateId } from "./certificate-id";
import { doseHistory } from "./dose-history";
import { recordDose } from "./record-dose";

const today = () => new Date().toISOString().slice(0, 10);
const daysAgo = (days: number) => new Date(Date.now() - days * 86_400_000).toISOString().slice(0, 10);

describe("recordDose", () => {
  let catalogue: TestCatalogue;
  let actor: TActor;
  let slug: string;

  beforeAll(async () => {
    const { tenant } = await createTestTenant(prisma);
    slug = tenant.slug;
    catalogue = await createTestCatalogue(prisma, tenant.id);
    actor = actorOfUser(catalogue.user);
  });

  const dose = (overrides: Partial<Parameters<typeof recordDose>[0]["input"]> = {}) => ({
    idempotencyKey: randomUUID(),
    recipientId: catalogue.recipient.id,
    programmeId: catalogue.covid.id,
    vaccineId: catalogue.covishield.id,
    batch: "4121Z005",
    date: daysAgo(90),
    dose: 1,
    ...overrides,
  });

  it("issues a signed certificate that verifies against the platform's trust list and status lists", async () => {
    const certificate = await recordDose({ actor, input: dose() });
    expect(normaliseCertificateId(certificate.certificateId)).toBe(certificate.certificateId);
    expect(certificate).toMatchObject({ dose: 1, totalDoses: 2, status: "ACTIVE", programmeId: catalogue.covid.id });
    expect(certificate.credential).toMatchObject({
      id: `urn:vax:certificate:${certificate.certificateId}`,
      issuer: tenantDid(slug),
      credentialSubject: {
        name: catalogue.recipient.name,
        birthDate: "1990-04-12",
        identifier: `AADHAAR XXXX XXXX ${catalogue.recipient.identityNumber.slice(-4)}`,
        doses: [{ batch: "4121Z005", doseNumber: 1, totalDoses: 2, facility: { name: catalogue.facility.name } }],
      },
    });
    const result = await verify(certificate.qr, { trust: await platformTrustList(), status: platformStatusLookup() });
    expect(result.checks.filter((check) => check.status === "failed")).toEqual([]);
    expect(result.verified).toBe(true);
    expect(result.checks.find((check) => check.name === "revocation")?.status).toBe("passed");

    const stored = await prisma.certificate.findUniqueOrThrow({
      where: { certificateId: certificate.certificateId },
      include: { vaccinationEvent: true },
    });
    expect(stored.vaccinationEvent).toMatchObject({ source: "FACILITY_APP", vaccinatorId: catalogue.vaccinator.id });
    expect(stored.statusListIndex).not.toBeNull();
    const audit = await prisma.auditEvent.count({ where: { entityId: stored.id, action: "certificate.issued" } });
    expect(audit).toBe(1);
  });

  it("answers a replay of the same idempotency key with the same certificate, never a second", async () => {
    const input = dose({ programmeId: catalogue.yellowFever.id, vaccineId: catalogue.stamaril.id });
    const [first, second] = await Promise.all([recordDose({ actor, input }), recordDose({ actor, input })]);
    const third = await recordDose({ actor, input });
    expect(second.certificateId).toBe(first.certificateId);
    expect(third.certificateId).toBe(first.certificateId);
    const events = await prisma.vaccinationEvent.count({
      where: { recipientId: catalogue.recipient.id, programmeId: catalogue.yellowFever.id },
    });
    expect(events).toBe(1);
  });

  it("lists every dose so far on the second dose's certificate, and suggests the next dose", async () => {
    const before = await doseHistory({ actor, recipientId: catalogue.recipient.id });
    expect(before.suggestions).toContainEqual({
      programmeId: catalogue.covid.id,
      vaccineId: catalogue.covishield.id,
      dose: 2,
      dueFrom: daysAgo(90 - 84),
    });
    const second = await recordDose({ actor, input: dose({ dose: 2, date: today(), batch: "4121Z040" }) });
    const doses = (second.credential.credentialSubject as { doses: Array<{ doseNumber: number; batch: string }> })
      .doses;
    expect(doses.map(({ doseNumber, batch }) => ({ doseNumber, batch }))).toEqual([
      { doseNumber: 1, batch: "4121Z005" },
      { doseNumber: 2, batch: "4121Z040" },
    ]);
    const after = await doseHistory({ actor, recipientId: catalogue.recipient.id });
    expect(after.suggestions.find((suggestion) => suggestion.programmeId === catalogue.covid.id)).toBeUndefined();
    expect(after.doses.filter((record) => record.programmeId === catalogue.covid.id)).toHaveLength(2);
  });

  it("refuses a repeated dose, a dose beyond the schedule, a future date and a vaccine outside the programme", async () => {
    const count = () => prisma.certificate.count({ where: { recipientId: catalogue.recipient.id } });
    const before = await count();
    const repeated = await rejection(recordDose({ actor, input: dose({ dose: 1 }) }));
    expect(repeated.code).toBe("UNPROCESSABLE");
    expect(repeated.details).toEqual([
      { path: "dose", message: expect.stringMatching(/^Dose 1 of COVID-19 .* was already recorded for Asha Kumari/) },
    ]);
    const beyond = await rejection(recordDose({ actor, input: dose({ dose: 3 }) }));
    expect(beyond.details[0]).toEqual({
      path: "dose",
      message: `Dose 3 is beyond the schedule of ${catalogue.covishield.name}, which has 2 doses`,
    });
    const future = await rejection(recordDose({ actor, input: dose({ dose: 2, date: "2099-01-01" }) }));
    expect(future.details[0]).toEqual({ path: "date", message: "The vaccination date is in the future" });
    const outside = await rejection(recordDose({ actor, input: dose({ vaccineId: catalogue.stamaril.id }) }));
    expect(outside.details[0]?.path).toBe("vaccineId");
    expect(outside.details[0]?.message).toContain(
      `${catalogue.stamaril.name} is not a vaccine of ${catalogue.covid.name}`,
    );
    const beforeBirth = await rejection(recordDose({ actor, input: dose({ date: "1980-01-01" }) }));
    expect(beforeBirth.details[0]?.path).toBe("date");
    expect(await count()).toBe(before);
  });

  it("refuses an actor without a facility and a recipient of another tenant", async () => {
    const other = await createTestTenant(prisma);
    const otherCatalogue = await createTestCatalogue(prisma, other.tenant.id);
    const stranger = await rejection(
      recordDose({
        actor,
        input: dose({
          recipientId: otherCatalogue.recipient.id,
          programmeId: catalogue.yellowFever.id,
          vaccineId: catalogue.stamaril.id,
        }),
      }),
    );
    expect(stranger.details[0]?.path).toBe("recipientId");
    const admin = await rejection(recordDose({ actor: actorOfUser(other.admin), input: dose() }));
    expect(admin.code).toBe("FORBIDDEN");
  });
});
