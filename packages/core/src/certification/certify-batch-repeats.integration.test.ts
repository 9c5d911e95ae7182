import { randomBytes } from "node:crypto";
import { prisma } from "@vax/db";
import { createTestCatalogue, createTestTenant, type TestCatalogue } from "@vax/db/testing";
import { beforeAll, describe, expect, it } from "vitest";
import { actorOfUser } from "../auth/actor-of-user";
import type { TCertificationRequest } from "../schemas/certify";
import type { TActor } from "../shared/actor";
import { apiClientActor } from "../testing/api-client-actor";
import { aadhaar } from "../testing/certificate-family";
import { divocCertificationRequest, type TDivocRequestChanges } from "../testing/divoc-certification-request";
import { rejection } from "../testing/rejection";
import { certifyBatch, type TCertifiedDose } from "./certify-batch";

let catalogue: TestCatalogue;
let tenantId: string;
// Two hospital systems of one tenant.
let first: TActor;
let second: TActor;

beforeAll(async () => {
  const { tenant, admin } = await createTestTenant(prisma);
  tenantId = tenant.id;
  catalogue = await createTestCatalogue(prisma, tenant.id);
  first = await apiClientActor(actorOfUser(admin));
  second = await apiClientActor(actorOfUser(admin));
});

const row = (changes: TDivocRequestChanges = {}): TCertificationRequest =>
  divocCertificationRequest({
    identity: aadhaar(),
    facility: { name: catalogue.facility.name },
    ...changes,
    vaccination: { name: catalogue.covishield.name, ...changes.vaccination },
  });

const ids = (answers: TCertifiedDose[]) => answers.map(({ certificateId }) => certificateId);
const identityOf = (request: TCertificationRequest) => request.recipient.identity.split(":").at(-1) as string;

// What the tenant holds, to show that a refused request wrote nothing.
const stored = async () => ({
  events: await prisma.vaccinationEvent.count({ where: { tenantId } }),
  certificates: await prisma.certificate.count({ where: { tenantId } }),
  recipients: await prisma.recipient.count({ where: { tenantId } }),
});

describe("certifyBatch answers a repeat only to the client that asked, with the same body and identity", () => {
  it("stores the API client and the SHA-256 of each row as sent beside the dose", async () => {
    const batch = [row(), row()];
    const answers = await certifyBatch({ actor: first, requests: batch, idempotencyKey: null });
    const events = await prisma.vaccinationEvent.findMany({
      where: { certificates: { some: { certificateId: { in: ids(answers) } } } },
    });
    expect(events.map(({ apiClientId }) => apiClientId)).toEqual([first.id, first.id]);
    expect(events.map(({ requestHash }) => requestHash)).toEqual([
      expect.stringMatching(/^[0-9a-f]{64}$/),
      expect.stringMatching(/^[0-9a-f]{64}$/),
    ]);
    expect(events[0]?.requestHash).not.toBe(events[1]?.requestHash);
  });

  it("answers the same key and body with the same certificates, and another body under that key with CONFLICT", async () => {
    const key = `batch-${randomBytes(4).toString("hex")}`;
    const batch = [row(), row()];
    const issued = await certifyBatch({ actor: first, requests: batch, idempotencyKey: key });
    expect(ids(await certifyBatch({ actor: first, requests: batch, idempotencyKey: key }))).toEqual(ids(issued));

    const before = await stored();
    const changed = [
      batch[0] as TCertificationRequest,
      { ...(batch[1] as TCertificationRequest), vaccinator: { name: "Someone Else" } },
    ];
    const conflict = await rejection(certifyBatch({ actor: first, requests: changed, idempotencyKey: key }));
    expect(conflict.code).toBe("CONFLICT");
    expect(conflict.details).toEqual([
      { path: "1", message: "This row differs from the row first sent under this Idempotency-Key" },
    ]);

    const longer = await rejection(certifyBatch({ actor: first, requests: [...batch, row()], idempotencyKey: key }));
    expect(longer.code).toBe("CONFLICT");
    expect(longer.details.map(({ path }) => path)).toEqual(["2"]);
    const shorter = await rejection(
      certifyBatch({ actor: first, requests: [batch[0] as TCertificationRequest], idempotencyKey: key }),
    );
    expect(shorter.code).toBe("CONFLICT");
    expect(await stored()).toEqual(before);
  });

  it("keeps each client's keys apart: another client's key of the same name is a new key", async () => {
    const key = `shared-${randomBytes(4).toString("hex")}`;
    const mine = await certifyBatch({ actor: first, requests: [row()], idempotencyKey: key });
    const theirs = await certifyBatch({ actor: second, requests: [row()], idempotencyKey: key });
    expect(ids(theirs)).not.toEqual(ids(mine));
    expect(ids(theirs)[0]).toMatch(/^[0-9A-Z]{4}-[0-9A-Z]{4}-[0-9A-Z]{4}$/);
  });

  it("gives another client nothing of a certificate it did not ask for, under the same key or none", async () => {
    const key = `copied-${randomBytes(4).toString("hex")}`;
    const batch = [row()];
    const [issued] = await certifyBatch({ actor: first, requests: batch, idempotencyKey: key });
    const before = await stored();
    for (const idempotencyKey of [key, null]) {
      const refused = await rejection(certifyBatch({ actor: second, requests: batch, idempotencyKey }));
      expect(refused.code).toBe("UNPROCESSABLE");
      expect(refused.details).toEqual([
        {
          path: "0.vaccination.dose",
          message: `Dose 1 of ${catalogue.covid.name} is already certified for this recipient; only the API client that asked for it is answered with its certificate`,
        },
      ]);
      expect(JSON.stringify(refused)).not.toContain(issued?.certificateId);
    }
    expect(await stored()).toEqual(before);
  });

  it("refuses a repeat whose identity details contradict the stored recipient, naming the fields and nothing stored", async () => {
    const original = row({ recipient: { name: "Kavya Menon", dob: "1988-02-14", gender: "Female" } });
    await certifyBatch({ actor: first, requests: [original], idempotencyKey: null });
    const before = await stored();
    const contradicting = {
      ...original,
      recipient: { ...original.recipient, name: "Someone Else", dob: "1970-01-01", gender: "Male" },
    };
    const refused = await rejection(certifyBatch({ actor: first, requests: [contradicting], idempotencyKey: null }));
    expect(refused.details).toEqual([
      {
        path: "0.recipient.name",
        message:
          "recipient.name, recipient.dob, recipient.gender do not match the recipient already registered with this identity or pre-enrolment code; nothing was issued",
      },
    ]);
    const text = JSON.stringify(refused);
    expect(text).not.toContain("Kavya");
    expect(text).not.toContain("1988");
    // Written as people write names, the same details are the same person: the repeat is answered.
    const sameDetails = { ...original, recipient: { ...original.recipient, name: "  kavya   MENON " } };
    const [repeat] = await certifyBatch({ actor: first, requests: [sameDetails], idempotencyKey: null });
    expect(repeat?.credential).toMatchObject({ credentialSubject: { name: "Kavya Menon" } });
    expect(await stored()).toEqual(before);
  });

  it("refuses a new dose for a stored identity with other details, rather than certify it with the stored person's", async () => {
    const dose1 = row({
      recipient: { name: "Farah Khan", dob: "1992-07-01", gender: "Female" },
      vaccination: { date: new Date(Date.now() - 100 * 86_400_000).toISOString() },
    });
    await certifyBatch({ actor: first, requests: [dose1], idempotencyKey: null });
    const before = await stored();
    const dose2 = row({
      identity: identityOf(dose1),
      recipient: { name: "Farah Khan", dob: "1992-07-01", gender: "Female", age: undefined },
      vaccination: { dose: 2, date: new Date().toISOString() },
    });
    const impostor = { ...dose2, recipient: { ...dose2.recipient, dob: undefined, age: 61 } };
    const refused = await rejection(certifyBatch({ actor: second, requests: [impostor], idempotencyKey: null }));
    expect(refused.details.map(({ path }) => path)).toEqual(["0.recipient.age"]);
    expect(await stored()).toEqual(before);
    const [certified] = await certifyBatch({ actor: second, requests: [dose2], idempotencyKey: null });
    expect(certified?.dose).toBe(2);
  });

  it("refuses a dose dated before the stored birth without quoting the stored name or date", async () => {
    const dose1 = row({ recipient: { name: "Meena Pillai", dob: "2024-05-17", gender: "Female" } });
    await certifyBatch({ actor: first, requests: [dose1], idempotencyKey: null });
    // An age of 0 agrees with a birth a year after the date given; the date is before it.
    const early = {
      ...dose1,
      recipient: { ...dose1.recipient, dob: undefined, age: 0 },
      vaccination: { ...dose1.vaccination, dose: 2, date: "2023-12-01T10:00:00Z" },
    };
    const refused = await rejection(certifyBatch({ actor: first, requests: [early], idempotencyKey: null }));
    expect(refused.details).toEqual([
      { path: "0.vaccination.date", message: "The vaccination date is before the recipient's date of birth" },
    ]);
  });

  it("refuses a pre-enrolment code sent with another person's identity", async () => {
    const code = `PE-${randomBytes(4).toString("hex").toUpperCase()}`;
    await prisma.preEnrolment.create({
      data: { tenantId, code, recipientId: catalogue.recipient.id, programmeId: catalogue.covid.id },
    });
    const before = await stored();
    const request = row({
      preEnrollmentCode: code,
      recipient: { name: catalogue.recipient.name, dob: "1990-04-12", gender: "Female" },
    });
    const refused = await rejection(certifyBatch({ actor: first, requests: [request], idempotencyKey: null }));
    expect(refused.details.map(({ path }) => path)).toEqual(["0.recipient.identity"]);
    expect(await stored()).toEqual(before);
  });

  it("refuses two rows of one batch that name one new identity with different details", async () => {
    const one = row({ recipient: { name: "Isha Rao" } });
    const two = {
      ...one,
      vaccination: { ...one.vaccination, dose: 2 },
      recipient: { ...one.recipient, name: "Isha Roy" },
    };
    const before = await stored();
    const refused = await rejection(certifyBatch({ actor: first, requests: [one, two], idempotencyKey: null }));
    expect(refused.details.map(({ path }) => path)).toEqual(["1.recipient.name"]);
    expect(await stored()).toEqual(before);
  });
});
