import { prisma } from "@vax/db";
import { beforeAll, describe, expect, it } from "vitest";
import type { TCertifiedDose } from "../certification";
import { type TTenantSetUp, tenantWithCatalogue } from "../testing/issuance-fixture";
import { issueCertificates, storedStatusBit } from "../testing/lifecycle-fixture";
import { revokeCertificate } from "./revoke-certificate";

let home: TTenantSetUp;
let issued: TCertifiedDose[];

beforeAll(async () => {
  home = await tenantWithCatalogue();
  issued = await issueCertificates(home, 41);
});

// The transaction that last wrote each row: rows a batch changed share one.
const writers = async (certificateIds: string[]) => {
  const rows = await prisma.$queryRaw<Array<{ writer: string }>>`
    SELECT xmin::text AS writer FROM "Certificate" WHERE "certificateId" = ANY(${certificateIds})`;
  return new Set(rows.map(({ writer }) => writer));
};

describe("status changes asked for at once", () => {
  it("commits them together, each with its own reason, audit event and bit", async () => {
    const burst = issued.slice(0, 30);
    const answers = await Promise.all(
      burst.map(({ certificateId }, at) =>
        revokeCertificate({ actor: home.admin, certificateId, reason: `Recall ${at}` }),
      ),
    );
    expect(answers.map(({ status }) => status)).toEqual(burst.map(() => "REVOKED"));
    const ids = burst.map(({ certificateId }) => certificateId);
    expect((await writers(ids)).size).toBeLessThan(burst.length);
    const rows = await prisma.certificate.findMany({ where: { certificateId: { in: ids } } });
    for (const row of rows) {
      const at = ids.indexOf(row.certificateId);
      expect(row.statusReason).toBe(`Recall ${at}`);
      const audit = await prisma.auditEvent.findFirstOrThrow({
        where: { entityId: row.id, action: "certificate.revoked" },
      });
      expect(audit.after).toMatchObject({ reason: `Recall ${at}`, status: "REVOKED" });
      expect(await storedStatusBit(row.certificateId, "REVOCATION")).toBe(true);
    }
  });

  it("commits the others when one change of the burst cannot be written", async () => {
    const burst = issued.slice(30, 41);
    const broken = burst[5] as TCertifiedDose;
    // A slot past the end of its list: its bit cannot be set, so its change must not commit.
    await prisma.certificate.update({
      where: { certificateId: broken.certificateId },
      data: { statusListIndex: 10_000_000 },
    });
    const outcomes = await Promise.allSettled(
      burst.map(({ certificateId }) => revokeCertificate({ actor: home.admin, certificateId, reason: "Recall" })),
    );
    expect(outcomes.map(({ status }) => status)).toEqual(burst.map((_, at) => (at === 5 ? "rejected" : "fulfilled")));
    const brokenRow = await prisma.certificate.findUniqueOrThrow({ where: { certificateId: broken.certificateId } });
    expect(brokenRow.status).toBe("ACTIVE");
    expect(await prisma.auditEvent.count({ where: { entityId: brokenRow.id, action: "certificate.revoked" } })).toBe(0);
    for (const { certificateId } of burst.filter((certificate) => certificate !== broken)) {
      expect(await storedStatusBit(certificateId, "REVOCATION")).toBe(true);
    }
  });
});
