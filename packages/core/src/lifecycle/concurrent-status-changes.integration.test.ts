import { prisma } from "@vax/db";
import { beforeAll, describe, expect, it } from "vitest";
import type { TCertifiedDose } from "../certification";
import { type TTenantSetUp, tenantWithCatalogue } from "../testing/issuance-fixture";
import { issueCertificates, setBitCount, storedStatusBit } from "../testing/lifecycle-fixture";
import { revokeCertificate } from "./revoke-certificate";
import { suspendCertificate } from "./suspend-certificate";

let home: TTenantSetUp;
let issued: TCertifiedDose[];

beforeAll(async () => {
  home = await tenantWithCatalogue();
  issued = await issueCertificates(home, 90);
});

describe("concurrent status changes", () => {
  it("keeps every bit when many certificates of one list are revoked and suspended at once", async () => {
    const revoked = issued.slice(0, 60);
    const suspended = issued.slice(60, 80);
    const untouched = issued.slice(80);
    const answers = await Promise.all([
      ...revoked.map(({ certificateId }) =>
        revokeCertificate({ actor: home.admin, certificateId, reason: "Batch recalled" }),
      ),
      ...suspended.map(({ certificateId }) =>
        suspendCertificate({ actor: home.admin, certificateId, reason: "Under review" }),
      ),
    ]);
    expect(answers.filter(({ status }) => status === "REVOKED")).toHaveLength(60);
    expect(answers.filter(({ status }) => status === "SUSPENDED")).toHaveLength(20);
    const { statusListNumber } = await prisma.certificate.findUniqueOrThrow({
      where: { certificateId: revoked[0]?.certificateId },
    });
    expect(await setBitCount(home.tenantId, statusListNumber as number, "REVOCATION")).toBe(60);
    expect(await setBitCount(home.tenantId, statusListNumber as number, "SUSPENSION")).toBe(20);
    for (const { certificateId } of revoked) expect(await storedStatusBit(certificateId, "REVOCATION")).toBe(true);
    for (const { certificateId } of suspended) expect(await storedStatusBit(certificateId, "SUSPENSION")).toBe(true);
    for (const { certificateId } of untouched) {
      expect(await storedStatusBit(certificateId, "REVOCATION")).toBe(false);
      expect(await storedStatusBit(certificateId, "SUSPENSION")).toBe(false);
    }
    const audits = await prisma.auditEvent.count({
      where: { tenantId: home.tenantId, action: { in: ["certificate.revoked", "certificate.suspended"] } },
    });
    expect(audits).toBe(80);
  });

  it("lets only one of two simultaneous changes of one certificate through", async () => {
    const { certificateId } = issued[80] as TCertifiedDose;
    const outcomes = await Promise.allSettled([
      revokeCertificate({ actor: home.admin, certificateId, reason: "First" }),
      revokeCertificate({ actor: home.admin, certificateId, reason: "Second" }),
      suspendCertificate({ actor: home.admin, certificateId, reason: "Third" }),
    ]);
    expect(outcomes.filter(({ status }) => status === "fulfilled")).toHaveLength(1);
    for (const outcome of outcomes) {
      if (outcome.status === "rejected") expect(outcome.reason).toMatchObject({ code: "CONFLICT" });
    }
    const row = await prisma.certificate.findUniqueOrThrow({ where: { certificateId } });
    const audits = await prisma.auditEvent.count({
      where: { entityId: row.id, action: { in: ["certificate.revoked", "certificate.suspended"] } },
    });
    expect(audits).toBe(1);
    expect(await storedStatusBit(certificateId, row.status === "REVOKED" ? "REVOCATION" : "SUSPENSION")).toBe(true);
  });
});
