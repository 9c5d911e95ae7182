import { verify } from "@vax/credentials/verify";
import { prisma } from "@vax/db";
import { beforeAll, describe, expect, it } from "vitest";
import type { TCertifiedDose } from "../certification";
import { platformStatusLookup, platformTrustList } from "../issuer";
import { type TTenantSetUp, tenantWithCatalogue } from "../testing/issuance-fixture";
import { issueCertificates, storedStatusBit } from "../testing/lifecycle-fixture";
import { rejection } from "../testing/rejection";
import { liftExpiredSuspensions } from "./lift-expired-suspensions";
import { reinstateCertificate } from "./reinstate-certificate";
import { revokeCertificate } from "./revoke-certificate";
import { suspendCertificate } from "./suspend-certificate";

let home: TTenantSetUp;
let away: TTenantSetUp;
let issued: TCertifiedDose[];

const take = () => issued.pop() as TCertifiedDose;
const statusOf = async (certificateId: string) =>
  (await prisma.certificate.findUniqueOrThrow({ where: { certificateId } })).status;
// The lifecycle's audit rows of a certificate, after the one that issued it.
const auditOf = (certificateId: string) =>
  prisma.auditEvent.findMany({
    where: {
      entityType: "Certificate",
      action: { not: "certificate.issued" },
      after: { path: ["certificateId"], equals: certificateId },
    },
    orderBy: [{ createdAt: "asc" }, { id: "asc" }],
  });
const checksOf = async (qr: string) => {
  const result = await verify(qr, { trust: await platformTrustList(), status: platformStatusLookup() });
  return { verified: result.verified, checks: Object.fromEntries(result.checks.map((check) => [check.name, check])) };
};

beforeAll(async () => {
  home = await tenantWithCatalogue();
  away = await tenantWithCatalogue();
  issued = await issueCertificates(home, 12);
});

describe("revokeCertificate", () => {
  it("revokes: status, the revocation bit, a fresh list version and an audit row saying who, why and what it was", async () => {
    const certificate = take();
    const before = await prisma.statusList.findMany({
      where: { tenantId: home.tenantId },
      orderBy: { purpose: "asc" },
    });
    const view = await revokeCertificate({
      actor: home.admin,
      certificateId: certificate.certificateId,
      reason: "Issued to the wrong person",
    });
    expect(view).toMatchObject({
      certificateId: certificate.certificateId,
      status: "REVOKED",
      reason: "Issued to the wrong person",
      suspendedUntil: null,
    });
    expect(await storedStatusBit(certificate.certificateId, "REVOCATION")).toBe(true);
    expect(await storedStatusBit(certificate.certificateId, "SUSPENSION")).toBe(false);
    const after = await prisma.statusList.findMany({ where: { tenantId: home.tenantId }, orderBy: { purpose: "asc" } });
    expect(after[0]?.updatedAt.getTime()).toBeGreaterThan(before[0]?.updatedAt.getTime() as number);
    expect(after[1]?.updatedAt.getTime()).toBe(before[1]?.updatedAt.getTime());
    const [audit] = (await auditOf(certificate.certificateId)).filter(({ action }) => action === "certificate.revoked");
    expect(audit).toMatchObject({
      tenantId: home.tenantId,
      actorType: "USER",
      actorId: home.admin.id,
      actorLabel: home.admin.label,
      before: { status: "ACTIVE", reason: null },
      after: { status: "REVOKED", reason: "Issued to the wrong person" },
    });
    const result = await checksOf(certificate.qr);
    expect(result.verified).toBe(false);
    expect(result.checks.revocation?.status).toBe("failed");
  });

  it("refuses a certificate already revoked, and one of another tenant, changing nothing", async () => {
    const certificate = take();
    await revokeCertificate({ actor: home.admin, certificateId: certificate.certificateId, reason: "Duplicate" });
    const audits = (await auditOf(certificate.certificateId)).length;
    const again = await rejection(
      revokeCertificate({ actor: home.admin, certificateId: certificate.certificateId, reason: "Again" }),
    );
    expect(again.code).toBe("CONFLICT");
    expect(again.message).toContain("already revoked");
    const elsewhere = await rejection(
      revokeCertificate({ actor: away.admin, certificateId: take().certificateId, reason: "Not mine" }),
    );
    expect(elsewhere.code).toBe("NOT_FOUND");
    expect((await auditOf(certificate.certificateId)).length).toBe(audits);
    const stored = await prisma.certificate.findUniqueOrThrow({ where: { certificateId: certificate.certificateId } });
    expect(stored.statusReason).toBe("Duplicate");
  });

  it("revokes a suspended certificate, clearing its suspension bit; it can then be neither suspended nor reinstated", async () => {
    const certificate = take();
    const { certificateId } = certificate;
    await suspendCertificate({ actor: home.admin, certificateId, reason: "Under review" });
    expect(await storedStatusBit(certificateId, "SUSPENSION")).toBe(true);
    const view = await revokeCertificate({ actor: home.admin, certificateId, reason: "Review found fraud" });
    expect(view.status).toBe("REVOKED");
    expect(await storedStatusBit(certificateId, "REVOCATION")).toBe(true);
    expect(await storedStatusBit(certificateId, "SUSPENSION")).toBe(false);
    // Each started only when awaited: a refusal nobody awaits yet would be an unhandled rejection.
    for (const change of [
      () => suspendCertificate({ actor: home.admin, certificateId, reason: "x" }),
      () => reinstateCertificate({ actor: home.admin, certificateId, reason: "x" }),
    ]) {
      const refused = await rejection(change());
      expect(refused.code).toBe("CONFLICT");
      expect(refused.message).toContain("is revoked");
    }
    expect(await statusOf(certificateId)).toBe("REVOKED");
  });

  it("keeps nothing when the status list cannot be written: no status change, no audit row", async () => {
    const { certificateId } = take();
    // A slot past the end of the list: the bit cannot be set, so the whole change must roll back.
    await prisma.certificate.update({ where: { certificateId }, data: { statusListIndex: 131_072 + 5 } });
    const error = await revokeCertificate({ actor: home.admin, certificateId, reason: "Broken slot" }).catch(
      (caught: unknown) => caught,
    );
    expect(error).toBeInstanceOf(Error);
    const stored = await prisma.certificate.findUniqueOrThrow({ where: { certificateId } });
    expect(stored).toMatchObject({ status: "ACTIVE", statusReason: null });
    expect(await auditOf(certificateId)).toEqual([]);
  });
});

describe("suspendCertificate and reinstateCertificate", () => {
  it("suspends until a date, refuses a second suspension, and reinstates, clearing the bit", async () => {
    const certificate = take();
    const { certificateId } = certificate;
    const until = new Date(Date.now() + 7 * 86_400_000);
    const suspended = await suspendCertificate({ actor: home.admin, certificateId, reason: "Lost phone", until });
    expect(suspended).toMatchObject({ status: "SUSPENDED", reason: "Lost phone", suspendedUntil: until.toISOString() });
    expect(await storedStatusBit(certificateId, "SUSPENSION")).toBe(true);
    expect(await storedStatusBit(certificateId, "REVOCATION")).toBe(false);
    const whileSuspended = await checksOf(certificate.qr);
    expect(whileSuspended.verified).toBe(false);
    expect(whileSuspended.checks.suspension?.status).toBe("failed");

    const twice = await rejection(suspendCertificate({ actor: home.admin, certificateId, reason: "Again" }));
    expect(twice.code).toBe("CONFLICT");
    expect(twice.message).toContain(`already suspended until ${until.toISOString()}`);

    const reinstated = await reinstateCertificate({ actor: home.admin, certificateId, reason: "Phone found" });
    expect(reinstated).toMatchObject({ status: "ACTIVE", reason: "Phone found", suspendedUntil: null });
    expect(await storedStatusBit(certificateId, "SUSPENSION")).toBe(false);
    expect((await checksOf(certificate.qr)).verified).toBe(true);
    const actions = (await auditOf(certificateId)).map(({ action }) => action);
    expect(actions).toEqual(["certificate.suspended", "certificate.reinstated"]);
  });

  it("reinstates only a suspended certificate, and suspends only into the future", async () => {
    const { certificateId } = take();
    const notSuspended = await rejection(reinstateCertificate({ actor: home.admin, certificateId, reason: "x" }));
    expect(notSuspended).toMatchObject({ code: "CONFLICT" });
    expect(notSuspended.message).toContain("is not suspended");
    const past = await rejection(
      suspendCertificate({ actor: home.admin, certificateId, reason: "x", until: new Date(Date.now() - 1000) }),
    );
    expect(past.code).toBe("VALIDATION_FAILED");
    expect(await statusOf(certificateId)).toBe("ACTIVE");
    expect(await storedStatusBit(certificateId, "SUSPENSION")).toBe(false);
  });
});

describe("liftExpiredSuspensions", () => {
  it("lifts the suspensions whose end has passed, as the system, and leaves the others", async () => {
    const now = new Date();
    const soon = new Date(now.getTime() + 60_000);
    const [first, second, open, later] = [take(), take(), take(), take()];
    const ids = [first, second, open, later].map(({ certificateId }) => certificateId as string);
    await suspendCertificate({ actor: home.admin, certificateId: ids[0] as string, reason: "a", until: soon, now });
    await suspendCertificate({ actor: home.admin, certificateId: ids[1] as string, reason: "b", until: soon, now });
    await suspendCertificate({ actor: home.admin, certificateId: ids[2] as string, reason: "c", now });
    await suspendCertificate({
      actor: home.admin,
      certificateId: ids[3] as string,
      reason: "d",
      until: new Date(now.getTime() + 86_400_000),
      now,
    });
    expect(await liftExpiredSuspensions({ now })).toBe(0);
    const lifted = await liftExpiredSuspensions({ now: new Date(soon.getTime() + 1000) });
    expect(lifted).toBeGreaterThanOrEqual(2);
    expect(await Promise.all(ids.map(statusOf))).toEqual(["ACTIVE", "ACTIVE", "SUSPENDED", "SUSPENDED"]);
    expect(await Promise.all(ids.map((id) => storedStatusBit(id, "SUSPENSION")))).toEqual([false, false, true, true]);
    const [audit] = (await auditOf(ids[0] as string)).filter(({ action }) => action === "certificate.suspension-ended");
    expect(audit).toMatchObject({
      actorType: "SYSTEM",
      actorId: null,
      tenantId: home.tenantId,
      before: { status: "SUSPENDED", suspendedUntil: soon.toISOString() },
      after: { status: "ACTIVE", suspendedUntil: null },
    });
  });
});
