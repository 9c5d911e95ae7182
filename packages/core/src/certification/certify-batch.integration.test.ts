import { randomBytes } from "node:crypto";
import { verify } from "@vax/credentials/verify";
import { prisma } from "@vax/db";
import { createTestCatalogue, createTestTenant, type TestCatalogue } from "@vax/db/testing";
import { beforeAll, describe, expect, it } from "vitest";
import { actorOfUser } from "../auth/actor-of-user";
import { platformStatusLookup, platformTrustList } from "../issuer";
import type { TCertificationRequest } from "../schemas/certify";
import type { TActor } from "../shared/actor";
import { apiClientActor } from "../testing/api-client-actor";
import { divocCertificationRequest } from "../testing/divoc-certification-request";
import { rejection } from "../testing/rejection";
import { certifyBatch } from "./certify-batch";

const aadhaar = () => `5${String(randomBytes(6).readUIntBE(0, 6)).padStart(11, "0").slice(-11)}`;

const request = (catalogue: TestCatalogue, overrides: Partial<TCertificationRequest["vaccination"]> = {}) =>
  divocCertificationRequest({
    identity: aadhaar(),
    preEnrollmentCode: `PE-${randomBytes(3).toString("hex")}`,
    vaccination: {
      name: catalogue.covishield.name.toLowerCase(),
      batch: "MB3428BX",
      date: "2026-10-02T09:21:18.646Z",
      effectiveStart: "2026-10-02",
      effectiveUntil: "2027-10-02",
      ...overrides,
    },
    facility: { name: catalogue.facility.name, address: { district: "Bengaluru South", state: "Karnataka" } },
  });

describe("certifyBatch", () => {
  let catalogue: TestCatalogue;
  let actor: TActor;
  let tenantId: string;

  beforeAll(async () => {
    const { tenant, admin } = await createTestTenant(prisma);
    tenantId = tenant.id;
    catalogue = await createTestCatalogue(prisma, tenant.id);
    actor = await apiClientActor(actorOfUser(admin));
  });

  it("certifies a batch, finding the programme by vaccine name, and each credential verifies", async () => {
    const batch = [
      request(catalogue),
      request(catalogue),
      request(catalogue, { dose: 1, name: catalogue.covaxin.name }),
    ];
    const answers = await certifyBatch({ actor, requests: batch, idempotencyKey: null });
    expect(answers).toHaveLength(3);
    expect(new Set(answers.map(({ certificateId }) => certificateId)).size).toBe(3);
    expect(answers[0]).toMatchObject({ preEnrollmentCode: batch[0]?.preEnrollmentCode, dose: 1 });
    const trust = await platformTrustList();
    for (const answer of answers) {
      const result = await verify(answer.qr, { trust, status: platformStatusLookup() });
      expect(result.verified).toBe(true);
      expect(result.subject?.name).toBe("Bhaya Mitra");
    }
    const event = await prisma.vaccinationEvent.findFirstOrThrow({
      where: { tenantId, certificates: { some: { certificateId: answers[0]?.certificateId } } },
      include: { vaccinator: true, recipient: true },
    });
    expect(event).toMatchObject({ source: "CERTIFY_API", dose: 1, totalDoses: 2, batch: "MB3428BX" });
    expect(event.vaccinator?.name).toBe("Sooraj Singh");
    expect(event.recipient).toMatchObject({ identityType: "AADHAAR", mobile: "9880414889", gender: "MALE" });
  });

  it("answers a repeat with the same certificates: by Idempotency-Key, and by recipient, programme and dose", async () => {
    const batch = [request(catalogue), request(catalogue)];
    const first = await certifyBatch({ actor, requests: batch, idempotencyKey: "batch-42" });
    const byKey = await certifyBatch({ actor, requests: batch, idempotencyKey: "batch-42" });
    const bySlot = await certifyBatch({ actor, requests: batch, idempotencyKey: null });
    const ids = (answers: typeof first) => answers.map(({ certificateId }) => certificateId);
    expect(ids(byKey)).toEqual(ids(first));
    expect(ids(bySlot)).toEqual(ids(first));
    const certificates = await prisma.certificate.count({ where: { certificateId: { in: ids(first) } } });
    expect(certificates).toBe(2);
  });

  it("certifies dose 1 and dose 2 of one person in one batch, the second listing both", async () => {
    const first = request(catalogue);
    // Twelve weeks and more apart, as COVISHIELD's schedule asks.
    const one = { ...first, vaccination: { ...first.vaccination, date: "2026-08-20T10:00:00Z" } };
    const two = {
      ...one,
      vaccination: { ...one.vaccination, dose: 2, batch: "MB3428BY", date: "2026-11-20T10:00:00Z" },
    };
    const [, second] = await certifyBatch({ actor, requests: [one, two], idempotencyKey: null });
    const subject = second?.credential.credentialSubject as { doses: Array<{ doseNumber: number }> } | undefined;
    const doses = subject?.doses ?? [];
    expect(doses.map(({ doseNumber }) => doseNumber)).toEqual([1, 2]);
  });

  it("reports every refused row with its index and writes nothing", async () => {
    const before = await prisma.certificate.count({ where: { tenantId } });
    const recipientsBefore = await prisma.recipient.count({ where: { tenantId } });
    const unknownNames = [
      request(catalogue),
      request(catalogue, { name: "Sputnik V" }),
      request(catalogue, { totalDoses: 3 }),
      { ...request(catalogue), facility: { name: "ABC Medical Center" } },
    ];
    const error = await rejection(certifyBatch({ actor, requests: unknownNames, idempotencyKey: null }));
    expect(error.code).toBe("UNPROCESSABLE");
    expect(error.details.map(({ path }) => path)).toEqual([
      "1.vaccination.name",
      "2.vaccination.totalDoses",
      "3.facility.name",
    ]);
    expect(error.details[0]?.message).toContain(catalogue.covishield.name);
    const brokenRules = [
      request(catalogue),
      request(catalogue, { dose: 3, totalDoses: undefined }),
      request(catalogue, { date: "2099-01-01T00:00:00Z" }),
    ];
    const refused = await rejection(certifyBatch({ actor, requests: brokenRules, idempotencyKey: null }));
    expect(refused.details).toEqual([
      {
        path: "1.vaccination.dose",
        message: `Dose 3 is beyond the schedule of ${catalogue.covishield.name}, which has 2 doses`,
      },
      { path: "2.vaccination.date", message: "The vaccination date is in the future" },
    ]);
    expect(await prisma.certificate.count({ where: { tenantId } })).toBe(before);
    expect(await prisma.recipient.count({ where: { tenantId } })).toBe(recipientsBefore);
  });

  it("answers two identical batches sent at once with one set of certificates", async () => {
    const batch = Array.from({ length: 10 }, () => request(catalogue));
    const [first, second] = await Promise.all([
      certifyBatch({ actor, requests: batch, idempotencyKey: null }),
      certifyBatch({ actor, requests: batch, idempotencyKey: null }),
    ]);
    const ids = (answers: typeof first) => answers.map(({ certificateId }) => certificateId);
    expect(ids(second)).toEqual(ids(first));
    expect(await prisma.certificate.count({ where: { certificateId: { in: ids(first) } } })).toBe(10);
  });

  it("takes distinct status-list indexes for batches issued at the same time, spread at random over the list", async () => {
    const batches = Array.from({ length: 4 }, () => Array.from({ length: 5 }, () => request(catalogue)));
    const answers = (
      await Promise.all(batches.map((requests) => certifyBatch({ actor, requests, idempotencyKey: null })))
    ).flat();
    const rows = await prisma.certificate.findMany({
      where: { certificateId: { in: answers.map(({ certificateId }) => certificateId) } },
      select: { statusListNumber: true, statusListIndex: true },
    });
    expect(rows).toHaveLength(20);
    expect(new Set(rows.map((row) => `${row.statusListNumber}:${row.statusListIndex}`)).size).toBe(20);
    // In issue order these would be 20 neighbours; shuffled, they sit anywhere in the 131,072 indexes.
    const indexes = rows.map((row) => row.statusListIndex ?? 0);
    expect(Math.max(...indexes) - Math.min(...indexes)).toBeGreaterThan(10_000);
  });
});
