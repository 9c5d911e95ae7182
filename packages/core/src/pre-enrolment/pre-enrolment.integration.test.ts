import { randomInt, randomUUID } from "node:crypto";
import { prisma } from "@vax/db";
import { beforeAll, describe, expect, it } from "vitest";
import { certifyBatch } from "../certification/certify-batch";
import { recordDose } from "../certification/record-dose";
import { type TPreEnrolmentInput, ZPreEnrolmentInput } from "../schemas/pre-enrolment";
import { verhoeffCheckDigit } from "../schemas/verhoeff";
import type { TActor } from "../shared/actor";
import { apiClientActor } from "../testing/api-client-actor";
import { divocCertificationRequest } from "../testing/divoc-certification-request";
import { daysAgo, type TTenantSetUp, tenantWithCatalogue } from "../testing/issuance-fixture";
import { rejection } from "../testing/rejection";
import { createPreEnrolment } from "./create-pre-enrolment";
import { listPreEnrolments } from "./list-pre-enrolments";

// An Aadhaar number a registration accepts: twelve digits, the last the Verhoeff check digit.
const aadhaar = () => {
  const digits = `${randomInt(2, 10)}${String(randomInt(0, 10_000_000_000)).padStart(10, "0")}`;
  return `${digits}${verhoeffCheckDigit(digits)}`;
};

let setUp: TTenantSetUp;
let other: TTenantSetUp;

beforeAll(async () => {
  setUp = await tenantWithCatalogue();
  other = await tenantWithCatalogue();
});

const input = (changes: Partial<TPreEnrolmentInput> = {}, recipient: Record<string, unknown> = {}) =>
  ZPreEnrolmentInput.parse({
    programmeId: setUp.catalogue.covid.id,
    ...changes,
    recipient: {
      name: "Nirmala Iyer",
      dateOfBirth: "1961-02-14",
      gender: "FEMALE",
      identityType: "AADHAAR",
      identityNumber: aadhaar(),
      mobile: "98450 77001",
      ...recipient,
    },
  });

const list = (actor: TActor, q?: string) =>
  listPreEnrolments({ actor, query: { q, page: 1, pageSize: 20, order: "asc", status: "active" } });

describe("pre-enrolment", () => {
  it("registers the recipient under a new readable code, and audits it", async () => {
    const created = await createPreEnrolment({
      actor: setUp.admin,
      input: input({ facilityId: setUp.catalogue.facility.id, appointmentDate: daysAgo(-7) }),
    });
    expect(created).toMatchObject({
      code: expect.stringMatching(/^[2-9A-HJKMNP-TV-Z]{8}$/),
      status: "OPEN",
      programme: { id: setUp.catalogue.covid.id },
      facility: { id: setUp.catalogue.facility.id },
      appointmentDate: daysAgo(-7),
      recipient: { name: "Nirmala Iyer", mobile: "9845077001" },
    });
    const audit = await prisma.auditEvent.findMany({ where: { entityId: created.id } });
    expect(audit.map(({ action }) => action)).toEqual(["pre-enrolment.created"]);
    expect((await list(setUp.admin, created.code.toLowerCase())).items.map(({ id }) => id)).toEqual([created.id]);
    expect((await list(other.admin, created.code)).items).toEqual([]);
  });

  it("takes the caller's code in capitals and refuses it a second time in the tenant, but not in another", async () => {
    const created = await createPreEnrolment({ actor: setUp.admin, input: input({ code: "pe-2026-000042" }) });
    expect(created.code).toBe("PE-2026-000042");
    const before = await prisma.recipient.count({ where: { tenantId: setUp.tenantId } });
    const again = await rejection(createPreEnrolment({ actor: setUp.admin, input: input({ code: "PE-2026-000042" }) }));
    expect(again.code).toBe("CONFLICT");
    expect(again.details[0]?.path).toBe("code");
    expect(await prisma.recipient.count({ where: { tenantId: setUp.tenantId } })).toBe(before);
    const elsewhere = await createPreEnrolment({
      actor: other.admin,
      input: { ...input({ code: "PE-2026-000042" }), programmeId: other.catalogue.covid.id },
    });
    expect(elsewhere.code).toBe("PE-2026-000042");
  });

  it("checks the recipient as a registration does", () => {
    const parsed = ZPreEnrolmentInput.safeParse({
      programmeId: setUp.catalogue.covid.id,
      recipient: { name: "", gender: "FEMALE", identityType: "AADHAAR", identityNumber: "234567890125", mobile: "12" },
    });
    const paths = parsed.error?.issues.map((issue) => issue.path.join(".")) ?? [];
    expect(paths).toEqual(
      expect.arrayContaining([
        "recipient.name",
        "recipient.mobile",
        "recipient.dateOfBirth",
        "recipient.identityNumber",
      ]),
    );
  });

  it("refuses another tenant's programme, a facility that does not run it and a past appointment", async () => {
    const unknown = await rejection(
      createPreEnrolment({ actor: setUp.admin, input: input({ programmeId: other.catalogue.covid.id }) }),
    );
    expect(unknown.details[0]?.path).toBe("programmeId");
    const otherFacility = await rejection(
      createPreEnrolment({ actor: setUp.admin, input: input({ facilityId: other.catalogue.facility.id }) }),
    );
    expect(otherFacility.details[0]?.path).toBe("facilityId");
    const past = await rejection(
      createPreEnrolment({ actor: setUp.admin, input: input({ appointmentDate: daysAgo(3) }) }),
    );
    expect(past.details).toEqual([{ path: "appointmentDate", message: "The appointment date has passed" }]);
  });

  it("reuses the person already registered with the same document and details, and refuses one who differs", async () => {
    const person = { name: "Kamala Das", dateOfBirth: "1955-08-01", identityNumber: aadhaar() };
    const first = await createPreEnrolment({
      actor: setUp.admin,
      input: input({ programmeId: setUp.catalogue.yellowFever.id }, person),
    });
    const reused = await createPreEnrolment({
      actor: setUp.admin,
      input: input({}, { ...person, name: "kamala  DAS" }),
    });
    expect(reused.recipient.id).toBe(first.recipient.id);
    const twice = await rejection(createPreEnrolment({ actor: setUp.admin, input: input({}, person) }));
    expect(twice.code).toBe("CONFLICT");
    expect(twice.message).toContain(reused.code);
    const before = await prisma.preEnrolment.count({ where: { tenantId: setUp.tenantId } });
    const stranger = await rejection(
      createPreEnrolment({ actor: setUp.admin, input: input({}, { ...person, name: "Somebody Else" }) }),
    );
    expect(stranger.code).toBe("CONFLICT");
    expect(stranger.details[0]?.path).toBe("recipient.identityNumber");
    expect(stranger.message).not.toContain("Kamala");
    expect(await prisma.preEnrolment.count({ where: { tenantId: setUp.tenantId } })).toBe(before);
  });

  it("is marked used when the facility app records the dose of its programme", async () => {
    const created = await createPreEnrolment({ actor: setUp.admin, input: input() });
    await recordDose({
      actor: setUp.vaccinator,
      input: {
        idempotencyKey: randomUUID(),
        recipientId: created.recipient.id,
        programmeId: setUp.catalogue.covid.id,
        vaccineId: setUp.catalogue.covishield.id,
        batch: "4121Z005",
        date: daysAgo(0),
        dose: 1,
      },
    });
    expect((await list(setUp.admin, created.code)).items[0]?.status).toBe("USED");
  });

  it("names the recipient of a certification request that sends its code, whatever its case, and is marked used", async () => {
    const hospital = await apiClientActor(setUp.admin);
    const identityNumber = aadhaar();
    const created = await createPreEnrolment({
      actor: hospital,
      input: input({}, { name: "Bhaya Mitra", dateOfBirth: "1994-11-30", gender: "MALE", identityNumber }),
    });
    const request = divocCertificationRequest({
      identity: identityNumber,
      preEnrollmentCode: created.code.toLowerCase(),
      facility: { name: setUp.catalogue.facility.name },
      vaccination: { name: setUp.catalogue.covishield.name },
    });
    const [certified] = await certifyBatch({ actor: hospital, requests: [request], idempotencyKey: null });
    expect(certified?.preEnrollmentCode).toBe(created.code.toLowerCase());
    const certificate = await prisma.certificate.findFirstOrThrow({
      where: { certificateId: certified?.certificateId },
    });
    expect(certificate.recipientId).toBe(created.recipient.id);
    expect((await list(setUp.admin, created.code)).items[0]?.status).toBe("USED");
  });

  it("refuses a certification request that sends a cancelled pre-enrolment's code, naming the row, and writes nothing", async () => {
    const hospital = await apiClientActor(setUp.admin);
    const identityNumber = aadhaar();
    const created = await createPreEnrolment({
      actor: hospital,
      input: input({}, { name: "Bhaya Mitra", dateOfBirth: "1994-11-30", gender: "MALE", identityNumber }),
    });
    await prisma.preEnrolment.update({ where: { id: created.id }, data: { status: "CANCELLED" } });
    const request = (code: string) =>
      divocCertificationRequest({
        identity: identityNumber,
        preEnrollmentCode: code,
        facility: { name: setUp.catalogue.facility.name },
        vaccination: { name: setUp.catalogue.covishield.name },
      });
    const counts = () =>
      Promise.all([
        prisma.certificate.count({ where: { tenantId: setUp.tenantId } }),
        prisma.vaccinationEvent.count({ where: { tenantId: setUp.tenantId } }),
        prisma.recipient.count({ where: { tenantId: setUp.tenantId } }),
        prisma.preEnrolment.count({ where: { tenantId: setUp.tenantId } }),
      ]);
    const before = await counts();
    const refused = await rejection(
      certifyBatch({
        actor: hospital,
        requests: [request(`PE-OPEN-${identityNumber}`), request(created.code.toLowerCase())],
        idempotencyKey: null,
      }),
    );
    expect(refused.code).toBe("UNPROCESSABLE");
    expect(refused.details).toEqual([
      {
        path: "1.preEnrollmentCode",
        message: `The pre-enrolment ${created.code} was cancelled: no dose is certified under it. Send an open pre-enrolment code, or none`,
      },
    ]);
    expect(await counts()).toEqual(before);
    expect(await prisma.preEnrolment.findUniqueOrThrow({ where: { id: created.id } })).toMatchObject({
      status: "CANCELLED",
    });
  });
});
