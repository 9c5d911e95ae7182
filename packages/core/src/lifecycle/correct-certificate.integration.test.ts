import { verify } from "@vax/credentials/verify";
import { prisma } from "@vax/db";
import { beforeAll, describe, expect, it } from "vitest";
import type { TCertifiedDose } from "../certification";
import { platformStatusLookup, platformTrustList } from "../issuer";
import { daysAgo, type TTenantSetUp, tenantWithCatalogue, vaccinate } from "../testing/issuance-fixture";
import { issueCertificates, storedStatusBit } from "../testing/lifecycle-fixture";
import { rejection } from "../testing/rejection";
import { correctCertificate } from "./correct-certificate";
import { correctCertificates } from "./correct-certificates";
import { previewCorrection } from "./preview-correction";
import { revokeCertificate } from "./revoke-certificate";

let home: TTenantSetUp;
let away: TTenantSetUp;
let issued: TCertifiedDose[];

const take = () => issued.pop() as TCertifiedDose;
const verifyQr = async (qr: string) => {
  const result = await verify(qr, { trust: await platformTrustList(), status: platformStatusLookup() });
  return { ...result, check: (name: string) => result.checks.find((check) => check.name === name)?.status };
};
const subjectOf = (credential: Record<string, unknown>) =>
  credential.credentialSubject as { name: string; vaccinations?: unknown[] } & Record<string, unknown>;
const countRows = async (tenantId: string) => ({
  certificates: await prisma.certificate.count({ where: { tenantId } }),
  audits: await prisma.auditEvent.count({ where: { tenantId } }),
});

beforeAll(async () => {
  home = await tenantWithCatalogue();
  away = await tenantWithCatalogue();
  issued = await issueCertificates(home, 10);
});

describe("correctCertificate", () => {
  it("issues a new version and supersedes the old one, whose revocation bit is set", async () => {
    const old = take();
    const { certificate, previousCertificateId } = await correctCertificate({
      actor: home.admin,
      certificateId: old.certificateId,
      changes: { recipient: { name: "Bhaya Mitra Rao" }, dose: { batch: "4121Z006" } },
      reason: "Name and batch mistyped at the facility",
    });
    expect(previousCertificateId).toBe(old.certificateId);
    expect(certificate.certificateId).not.toBe(old.certificateId);
    expect(certificate).toMatchObject({ status: "ACTIVE", dose: 1, totalDoses: 2 });
    expect(JSON.stringify(certificate.credential)).toContain("Bhaya Mitra Rao");
    expect(JSON.stringify(certificate.credential)).toContain("4121Z006");

    const [before, after] = await Promise.all([
      prisma.certificate.findUniqueOrThrow({ where: { certificateId: old.certificateId } }),
      prisma.certificate.findUniqueOrThrow({
        where: { certificateId: certificate.certificateId },
        include: { recipient: true, vaccinationEvent: true },
      }),
    ]);
    expect(before).toMatchObject({ status: "SUPERSEDED", currentSlot: null, statusReason: expect.any(String) });
    expect(after).toMatchObject({ previousId: before.id, version: 2, status: "ACTIVE", format: "W3C_VC" });
    expect(after.currentSlot).toBe(`${after.recipientId}:${after.programmeId}:1:W3C_VC`);
    expect(after.statusListIndex).not.toBe(before.statusListIndex);
    expect(after.recipient.name).toBe("Bhaya Mitra Rao");
    expect(after.vaccinationEvent.batch).toBe("4121Z006");
    expect(await storedStatusBit(old.certificateId, "REVOCATION")).toBe(true);
    expect(await storedStatusBit(certificate.certificateId, "REVOCATION")).toBe(false);

    const oldResult = await verifyQr(old.qr);
    expect(oldResult.verified).toBe(false);
    expect(oldResult.check("revocation")).toBe("failed");
    const newResult = await verifyQr(certificate.qr);
    expect(newResult.verified).toBe(true);
    expect(newResult.subject?.name).toBe("Bhaya Mitra Rao");

    const audits = await prisma.auditEvent.findMany({
      where: { entityId: { in: [before.id, after.id] }, action: { not: "certificate.issued" } },
      orderBy: { action: "asc" },
    });
    expect(audits.map(({ action, entityId }) => [action, entityId])).toEqual([
      ["certificate.corrected", after.id],
      ["certificate.superseded", before.id],
    ]);
    expect(audits[0]?.after).toMatchObject({
      reason: "Name and batch mistyped at the facility",
      changedFields: ["recipient.name", "dose.batch"],
      version: 2,
    });
    expect(audits[0]).toMatchObject({ actorType: "USER", actorId: home.admin.id });
  });

  it("refuses a correction that changes nothing, and one of a superseded or revoked certificate, with the reason", async () => {
    const old = take();
    const unchanged = await rejection(
      correctCertificate({
        actor: home.admin,
        certificateId: old.certificateId,
        changes: { recipient: { name: "Bhaya Mitra", gender: "MALE", dateOfBirth: "1994-11-30" } },
        reason: "Nothing",
      }),
    );
    expect(unchanged.code).toBe("VALIDATION_FAILED");
    expect(unchanged.message).toContain("changes nothing");

    const { certificate } = await correctCertificate({
      actor: home.admin,
      certificateId: old.certificateId,
      changes: { recipient: { gender: "FEMALE" } },
      reason: "Gender",
    });
    const again = await rejection(
      correctCertificate({
        actor: home.admin,
        certificateId: old.certificateId,
        changes: { recipient: { gender: "OTHER" } },
        reason: "Again",
      }),
    );
    expect(again.code).toBe("CONFLICT");
    expect(again.message).toContain(`already corrected by ${certificate.certificateId}`);

    const revoked = take();
    await revokeCertificate({ actor: home.admin, certificateId: revoked.certificateId, reason: "Fraud" });
    const ofRevoked = await rejection(
      correctCertificate({
        actor: home.admin,
        certificateId: revoked.certificateId,
        changes: { dose: { batch: "X1" } },
        reason: "Late fix",
      }),
    );
    expect(ofRevoked.code).toBe("CONFLICT");
    expect(ofRevoked.message).toContain("is revoked");
    const elsewhere = await rejection(
      correctCertificate({
        actor: away.admin,
        certificateId: take().certificateId,
        changes: { dose: { batch: "X1" } },
        reason: "Not mine",
      }),
    );
    expect(elsewhere.code).toBe("NOT_FOUND");
  });

  it("applies the dose rules: the programme's vaccines, a facility running it, no future date", async () => {
    const { certificateId } = take();
    const cases = [
      { dose: { vaccineId: home.catalogue.stamaril.id } },
      { dose: { facilityId: away.catalogue.facility.id } },
      { dose: { vaccinatedAt: daysAgo(-3) } },
      { dose: { vaccinatedAt: "1980-01-01" } },
    ];
    const before = await countRows(home.tenantId);
    for (const changes of cases) {
      const refused = await rejection(correctCertificate({ actor: home.admin, certificateId, changes, reason: "x" }));
      expect(refused.code).toBe("VALIDATION_FAILED");
      expect(refused.details[0]?.path).toBe(`dose.${Object.keys(changes.dose)[0]}`);
    }
    expect(await countRows(home.tenantId)).toEqual(before);
    const { certificate } = await correctCertificate({
      actor: home.admin,
      certificateId,
      changes: { dose: { vaccineId: home.catalogue.covaxin.id, vaccinatedAt: daysAgo(3) } },
      reason: "Wrong vaccine recorded",
    });
    const event = await prisma.vaccinationEvent.findFirstOrThrow({
      where: { certificates: { some: { certificateId: certificate.certificateId } } },
    });
    expect(event.vaccineId).toBe(home.catalogue.covaxin.id);
    expect(event.vaccinatedAt.toISOString().slice(0, 10)).toBe(daysAgo(3));
    // COVAXIN has no validity period in the test catalogue, so the new version has no end.
    expect(certificate.credential.validUntil).toBeUndefined();
  });

  it("keeps nothing when the corrected identity belongs to another recipient", async () => {
    const old = take();
    const other = home.catalogue.recipient;
    const before = await countRows(home.tenantId);
    const clash = await rejection(
      correctCertificate({
        actor: home.admin,
        certificateId: old.certificateId,
        changes: {
          recipient: { name: "Changed", identityType: "AADHAAR", identityNumber: other.identityNumber },
        },
        reason: "Identity",
      }),
    );
    expect(clash.code).toBe("CONFLICT");
    expect(await countRows(home.tenantId)).toEqual(before);
    const stored = await prisma.certificate.findUniqueOrThrow({
      where: { certificateId: old.certificateId },
      include: { recipient: true },
    });
    expect(stored).toMatchObject({ status: "ACTIVE", currentSlot: expect.any(String) });
    expect(stored.recipient.name).toBe("Bhaya Mitra");
    expect(await storedStatusBit(old.certificateId, "REVOCATION")).toBe(false);
  });

  it("lets one of two simultaneous corrections of a certificate through", async () => {
    const { certificateId } = take();
    const outcomes = await Promise.allSettled(
      ["4121Z101", "4121Z102"].map((batch) =>
        correctCertificate({ actor: home.admin, certificateId, changes: { dose: { batch } }, reason: batch }),
      ),
    );
    expect(outcomes.filter(({ status }) => status === "fulfilled")).toHaveLength(1);
    const rejected = outcomes.find((outcome) => outcome.status === "rejected") as PromiseRejectedResult;
    expect(rejected.reason).toMatchObject({ code: "CONFLICT" });
    const old = await prisma.certificate.findUniqueOrThrow({ where: { certificateId } });
    expect(await prisma.certificate.count({ where: { previousId: old.id } })).toBe(1);
  });

  it("corrects a later dose listing the earlier ones, and a batch all or nothing", async () => {
    const recipientId = home.catalogue.recipient.id;
    const first = await vaccinate(home, recipientId, { dose: 1, date: daysAgo(60) });
    const second = await vaccinate(home, recipientId, { dose: 2, date: daysAgo(20) });
    const { certificate } = await correctCertificate({
      actor: home.admin,
      certificateId: second.certificateId,
      changes: { dose: { batch: "B2-FIXED" } },
      reason: "Batch",
    });
    const doses = JSON.stringify(subjectOf(certificate.credential));
    expect(doses).toContain("B1-4121Z");
    expect(doses).toContain("B2-FIXED");

    // The second row fails only when written (its identity is taken), after the first was written in the same transaction.
    const taken = await prisma.recipient.create({
      data: { ...home.catalogue.recipient, id: undefined, identityNumber: "234123412346", name: "Someone Else" },
    });
    const before = await countRows(home.tenantId);
    const batch = await rejection(
      correctCertificates({
        actor: home.admin,
        corrections: [
          { certificateId: first.certificateId, changes: { dose: { batch: "B1-FIXED" } } },
          {
            certificateId: certificate.certificateId,
            changes: { recipient: { identityNumber: taken.identityNumber } },
          },
        ],
        reason: "Batch",
      }),
    );
    expect(batch.code).toBe("CONFLICT");
    expect(await countRows(home.tenantId)).toEqual(before);
    const firstNow = await prisma.certificate.findUniqueOrThrow({
      where: { certificateId: first.certificateId },
      include: { vaccinationEvent: true },
    });
    expect(firstNow).toMatchObject({ status: "ACTIVE", vaccinationEvent: { batch: "B1-4121Z" } });
    expect(await storedStatusBit(first.certificateId, "REVOCATION")).toBe(false);
  });
});

describe("previewCorrection", () => {
  it("shows the credential a correction would sign, and writes nothing", async () => {
    const { certificateId } = take();
    const before = await countRows(home.tenantId);
    const credential = await previewCorrection({
      actor: home.admin,
      certificateId,
      changes: { recipient: { name: "Preview Name" } },
    });
    expect(subjectOf(credential).name).toBe("Preview Name");
    expect(credential.proof).toBeUndefined();
    expect(await countRows(home.tenantId)).toEqual(before);
    const unchanged = await rejection(
      previewCorrection({ actor: home.admin, certificateId, changes: { recipient: { name: "Bhaya Mitra" } } }),
    );
    expect(unchanged.code).toBe("VALIDATION_FAILED");
  });
});
