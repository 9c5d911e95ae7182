import { randomInt } from "node:crypto";
import { prisma } from "@vax/db";
import { beforeAll, describe, expect, it } from "vitest";
import type { TCertificateView } from "../certification";
import { correctCertificate } from "../lifecycle";
import { ZCorrectionRequestQuery } from "../schemas/correction-request";
import { daysAgo, type TTenantSetUp, tenantWithCatalogue, vaccinate } from "../testing/issuance-fixture";
import { rejection } from "../testing/rejection";
import { approveCorrectionRequest } from "./approve-correction-request";
import { askForCorrection } from "./ask-for-correction";
import { MAX_OPEN_REQUESTS_PER_CITIZEN } from "./citizen-limits";
import { listCitizenCorrectionRequests } from "./list-citizen-correction-requests";
import { listCorrectionRequests } from "./list-correction-requests";
import { rejectCorrectionRequest } from "./reject-correction-request";

const freshMobile = () => `8${String(randomInt(0, 1_000_000_000)).padStart(9, "0")}`;

const nameChange = (certificate: { certificateId: string }, value = "Asha Kumari Rao") => ({
  certificateId: certificate.certificateId,
  changes: [{ field: "name" as const, value }],
  note: "My name is misspelt on the certificate",
});

// A person of their own on a fresh number, with one certificate.
const personWithCertificate = async (setUp: TTenantSetUp, mobile = freshMobile()) => {
  const recipient = await prisma.recipient.create({ data: { ...recipientData(setUp), mobile } });
  const certificate = await vaccinate(setUp, recipient.id, { dose: 1, date: daysAgo(40) });
  return { mobile, certificate };
};

const recipientData = ({ tenantId }: TTenantSetUp) => ({
  tenantId,
  name: "Asha Kumary",
  dateOfBirth: new Date("1990-04-12T00:00:00Z"),
  gender: "FEMALE" as const,
  nationality: "IN",
  identityType: "PASSPORT",
  identityNumber: `P${randomInt(1_000_000, 10_000_000)}`,
  country: "IN",
});

describe("correction requests", () => {
  let home: TTenantSetUp;
  let away: TTenantSetUp;
  let mobile: string;
  let certificate: TCertificateView;

  beforeAll(async () => {
    home = await tenantWithCatalogue();
    away = await tenantWithCatalogue();
    ({ mobile, certificate } = await personWithCertificate(home));
  });

  it("lets the holder's citizen ask, shows it to them as open and to the tenant's admins, and audits it", async () => {
    const asked = await askForCorrection({ mobile, input: nameChange(certificate) });
    expect(asked).toMatchObject({
      certificateId: certificate.certificateId,
      recipientName: "Asha Kumary",
      status: "OPEN",
      changes: [{ field: "name", label: "Name", value: "Asha Kumari Rao" }],
      note: "My name is misspelt on the certificate",
      rejectionReason: null,
      newCertificateId: null,
    });
    expect(await listCitizenCorrectionRequests({ mobile })).toEqual([asked]);

    const queue = await listCorrectionRequests({ actor: home.admin, query: ZCorrectionRequestQuery.parse({}) });
    const inQueue = queue.items.find(({ id }) => id === asked.id);
    expect(inQueue).toMatchObject({
      status: "OPEN",
      certificateStatus: "ACTIVE",
      changes: [{ field: "name", value: "Asha Kumari Rao", current: "Asha Kumary" }],
      requestedBy: `+91 ${mobile.slice(0, 2)}xxx xx${mobile.slice(7)}`,
    });
    const awayQueue = await listCorrectionRequests({ actor: away.admin, query: ZCorrectionRequestQuery.parse({}) });
    expect(awayQueue.items.map(({ id }) => id)).not.toContain(asked.id);

    const audit = await prisma.auditEvent.findFirst({ where: { entityType: "CorrectionRequest", entityId: asked.id } });
    expect(audit).toMatchObject({
      tenantId: home.tenantId,
      actorType: "CITIZEN",
      action: "correction-request.created",
    });
  });

  it("refuses a second open request for the same certificate", async () => {
    const error = await rejection(askForCorrection({ mobile, input: nameChange(certificate, "Asha K Rao") }));
    expect(error.code).toBe("CONFLICT");
  });

  it("lets only the holder's citizen ask: anyone else is told the certificate does not exist", async () => {
    const other = await rejection(askForCorrection({ mobile: freshMobile(), input: nameChange(certificate) }));
    expect(other).toMatchObject({ code: "NOT_FOUND" });
    const unknown = await rejection(
      askForCorrection({ mobile, input: { ...nameChange(certificate), certificateId: "ZZZZ-ZZZZ-ZZZZ" } }),
    );
    expect(unknown).toMatchObject({ code: "NOT_FOUND" });
  });

  it("refuses a certificate that is no longer the current, valid version", async () => {
    const person = await personWithCertificate(home);
    await prisma.certificate.update({ where: { id: person.certificate.id }, data: { status: "SUPERSEDED" } });
    const superseded = await rejection(
      askForCorrection({ mobile: person.mobile, input: nameChange(person.certificate) }),
    );
    expect(superseded.code).toBe("UNPROCESSABLE");
    await prisma.certificate.update({ where: { id: person.certificate.id }, data: { status: "REVOKED" } });
    const revoked = await rejection(askForCorrection({ mobile: person.mobile, input: nameChange(person.certificate) }));
    expect(revoked.code).toBe("UNPROCESSABLE");
    await prisma.certificate.update({ where: { id: person.certificate.id }, data: { status: "SUSPENDED" } });
    const suspended = await rejection(
      askForCorrection({ mobile: person.mobile, input: nameChange(person.certificate) }),
    );
    expect(suspended.code).toBe("UNPROCESSABLE");
    expect(await listCitizenCorrectionRequests({ mobile: person.mobile })).toEqual([]);
  });

  it("refuses a change that is not a correctable field, a bad date, a second mention of one field, or an oversized note", async () => {
    const bad = [
      { ...nameChange(certificate), changes: [{ field: "mobile", value: "9999999999" }] },
      { ...nameChange(certificate), changes: [{ field: "dateOfBirth", value: "12/04/1990" }] },
      {
        ...nameChange(certificate),
        changes: [
          { field: "name", value: "A" },
          { field: "name", value: "B" },
        ],
      },
      { ...nameChange(certificate), changes: [{ field: "identityType", value: "Library card" }] },
      { ...nameChange(certificate), note: "x".repeat(1001) },
      { ...nameChange(certificate), changes: [] },
    ];
    for (const input of bad) {
      // biome-ignore lint/suspicious/noExplicitAny: hostile input, as a route would hand it on
      await expect(askForCorrection({ mobile, input: input as any })).rejects.toThrow();
    }
  });

  it(`caps a citizen at ${MAX_OPEN_REQUESTS_PER_CITIZEN} open requests, even when asked all at once`, async () => {
    const busy = freshMobile();
    const certificates = [];
    for (let index = 0; index < MAX_OPEN_REQUESTS_PER_CITIZEN + 2; index += 1) {
      certificates.push((await personWithCertificate(home, busy)).certificate);
    }
    const results = await Promise.allSettled(
      certificates.map((each) => askForCorrection({ mobile: busy, input: nameChange(each) })),
    );
    expect(results.filter(({ status }) => status === "fulfilled")).toHaveLength(MAX_OPEN_REQUESTS_PER_CITIZEN);
    expect(await prisma.correctionRequest.count({ where: { requestedBy: busy, status: "OPEN" } })).toBe(
      MAX_OPEN_REQUESTS_PER_CITIZEN,
    );
  });

  it("rejects with a reason the citizen sees, keeps the certificate, audits it, and cannot be decided again", async () => {
    const person = await personWithCertificate(home);
    const asked = await askForCorrection({ mobile: person.mobile, input: nameChange(person.certificate) });
    const notTheirs = await rejection(
      rejectCorrectionRequest({ actor: away.admin, id: asked.id, input: { reason: "No" } }),
    );
    expect(notTheirs.code).toBe("NOT_FOUND");

    const rejected = await rejectCorrectionRequest({
      actor: home.admin,
      id: asked.id,
      input: { reason: "The name matches the identity document you showed" },
    });
    expect(rejected).toMatchObject({
      status: "REJECTED",
      rejectionReason: "The name matches the identity document you showed",
    });
    const [seen] = await listCitizenCorrectionRequests({ mobile: person.mobile });
    expect(seen).toMatchObject({
      status: "REJECTED",
      rejectionReason: "The name matches the identity document you showed",
    });
    const stored = await prisma.certificate.findUniqueOrThrow({ where: { id: person.certificate.id } });
    expect(stored.status).toBe("ACTIVE");
    expect(await prisma.certificate.count({ where: { previousId: person.certificate.id } })).toBe(0);
    const audit = await prisma.auditEvent.findFirst({
      where: { entityType: "CorrectionRequest", entityId: asked.id, action: "correction-request.rejected" },
    });
    expect(audit).toMatchObject({ actorId: home.admin.id, tenantId: home.tenantId });
    const notice = await prisma.notification.findFirst({
      where: { to: person.mobile, channel: "SMS", body: { contains: "correction request was not accepted" } },
    });
    expect(notice?.body).toContain("The name matches the identity document you showed");

    const again = await rejection(rejectCorrectionRequest({ actor: home.admin, id: asked.id, input: { reason: "x" } }));
    expect(again.code).toBe("CONFLICT");
    // Decided, the certificate may be asked about again.
    expect(await askForCorrection({ mobile: person.mobile, input: nameChange(person.certificate) })).toMatchObject({
      status: "OPEN",
    });
  });

  it("lists the queue by state, open ones first when all are asked for", async () => {
    const all = await listCorrectionRequests({
      actor: home.admin,
      query: ZCorrectionRequestQuery.parse({ state: "ALL" }),
    });
    const states = all.items.map(({ status }) => status);
    expect(states.indexOf("REJECTED")).toBeGreaterThan(states.lastIndexOf("OPEN"));
    const rejected = await listCorrectionRequests({
      actor: home.admin,
      query: ZCorrectionRequestQuery.parse({ state: "REJECTED" }),
    });
    expect(rejected.items.length).toBeGreaterThan(0);
    expect(rejected.items.every(({ status }) => status === "REJECTED")).toBe(true);
  });
  it("approves: performs the correction, links the request to the new version, audits it and tells the citizen", async () => {
    const person = await personWithCertificate(home);
    const asked = await askForCorrection({ mobile: person.mobile, input: nameChange(person.certificate) });
    const approved = await approveCorrectionRequest({ actor: home.admin, id: asked.id });
    expect(approved.status).toBe("APPROVED");
    expect(approved.newCertificateId).toMatch(/^[0-9A-Z]{4}-[0-9A-Z]{4}-[0-9A-Z]{4}$/);
    expect(approved.newCertificateId).not.toBe(person.certificate.certificateId);

    const old = await prisma.certificate.findUniqueOrThrow({ where: { id: person.certificate.id } });
    expect(old.status).toBe("SUPERSEDED");
    const next = await prisma.certificate.findFirstOrThrow({ where: { previousId: old.id } });
    expect(next.certificateId).toBe(approved.newCertificateId);
    expect((next.payload as { credentialSubject: { name: string } }).credentialSubject.name).toBe("Asha Kumari Rao");
    const stored = await prisma.correctionRequest.findUniqueOrThrow({ where: { id: asked.id } });
    expect(stored).toMatchObject({ resultCertificateId: next.id, decidedById: home.admin.id, openSlot: null });
    const [seen] = await listCitizenCorrectionRequests({ mobile: person.mobile });
    expect(seen).toMatchObject({ status: "APPROVED", newCertificateId: next.certificateId });

    const audit = await prisma.auditEvent.findFirst({
      where: { entityType: "CorrectionRequest", entityId: asked.id, action: "correction-request.approved" },
    });
    expect(audit?.after).toMatchObject({ newCertificateId: next.certificateId });
    const notice = await prisma.notification.findFirst({
      where: { to: person.mobile, channel: "SMS", body: { contains: "correction request was approved" } },
    });
    expect(notice?.body).toContain(`The corrected certificate is ${next.certificateId}`);
  });

  it("corrects once when two admins approve at once; the other is told it was decided", async () => {
    const person = await personWithCertificate(home);
    const asked = await askForCorrection({ mobile: person.mobile, input: nameChange(person.certificate) });
    const results = await Promise.allSettled([
      approveCorrectionRequest({ actor: home.admin, id: asked.id }),
      approveCorrectionRequest({ actor: home.admin, id: asked.id }),
    ]);
    expect(results.filter(({ status }) => status === "fulfilled")).toHaveLength(1);
    const refused = results.find((result) => result.status === "rejected") as PromiseRejectedResult;
    expect(refused.reason).toMatchObject({ code: "CONFLICT" });
    expect(await prisma.certificate.count({ where: { previousId: person.certificate.id } })).toBe(1);
    const again = await rejection(rejectCorrectionRequest({ actor: home.admin, id: asked.id, input: { reason: "x" } }));
    expect(again.code).toBe("CONFLICT");
  });

  it("keeps the request open when the certificate was corrected meanwhile, so it can be rejected", async () => {
    const person = await personWithCertificate(home);
    const asked = await askForCorrection({ mobile: person.mobile, input: nameChange(person.certificate) });
    await correctCertificate({
      actor: home.admin,
      certificateId: person.certificate.certificateId,
      changes: { dose: { batch: "CORRECTED-1" } },
      reason: "Batch typed wrong at the centre",
    });
    const refused = await rejection(approveCorrectionRequest({ actor: home.admin, id: asked.id }));
    expect(["CONFLICT", "UNPROCESSABLE", "VALIDATION_FAILED"]).toContain(refused.code);
    expect(await prisma.correctionRequest.findUniqueOrThrow({ where: { id: asked.id } })).toMatchObject({
      status: "OPEN",
      decidedAt: null,
    });
    expect(
      await rejectCorrectionRequest({ actor: home.admin, id: asked.id, input: { reason: "Already corrected" } }),
    ).toMatchObject({ status: "REJECTED" });
  });

  it("is not found by another tenant's admin, and stays open", async () => {
    const person = await personWithCertificate(home);
    const asked = await askForCorrection({ mobile: person.mobile, input: nameChange(person.certificate) });
    expect((await rejection(approveCorrectionRequest({ actor: away.admin, id: asked.id }))).code).toBe("NOT_FOUND");
    expect(await prisma.correctionRequest.findUniqueOrThrow({ where: { id: asked.id } })).toMatchObject({
      status: "OPEN",
    });
  });
});
