import { randomUUID } from "node:crypto";
import { verify } from "@vax/credentials/verify";
import { prisma } from "@vax/db";
import { beforeAll, describe, expect, it } from "vitest";
import { platformTrustList } from "../issuer/trust-list";
import { ZRecordTestReport } from "../schemas/test-report";
import { type TTenantSetUp, tenantWithCatalogue } from "../testing/issuance-fixture";
import { rejection } from "../testing/rejection";
import { recordTestReport } from "./record-test-report";

let setUp: TTenantSetUp;

beforeAll(async () => {
  setUp = await tenantWithCatalogue();
});

const entry = (fields: Record<string, unknown> = {}) =>
  ZRecordTestReport.parse({
    idempotencyKey: randomUUID(),
    recipientId: setUp.catalogue.recipient.id,
    testType: "RT-PCR",
    result: "Negative",
    sampleCollectedAt: new Date(Date.now() - 3_600_000).toISOString(),
    ...fields,
  });

describe("recordTestReport", () => {
  it("issues a test report naming the recipient and the facility, which verifies; a replay answers the same", async () => {
    const input = entry();
    const report = await recordTestReport({ actor: setUp.vaccinator, input });
    expect(report.credential.type).toEqual(["VerifiableCredential", "ProofOfTestCertificateCredential"]);
    expect(report.credential.credentialSubject).toMatchObject({
      name: setUp.catalogue.recipient.name,
      testType: "RT-PCR",
      result: "Negative",
      disease: "COVID-19",
      facility: { name: setUp.catalogue.facility.name },
    });
    expect((await verify(report.qr, { trust: await platformTrustList() })).verified).toBe(true);
    const again = await recordTestReport({ actor: setUp.vaccinator, input });
    expect(again.certificateId).toBe(report.certificateId);
    const stored = await prisma.schemaCredential.findUniqueOrThrow({ where: { id: report.id } });
    expect(stored.recipientId).toBe(setUp.catalogue.recipient.id);
  });

  it("refuses a sample taken in the future, a result before its sample, and another tenant's recipient", async () => {
    const later = new Date(Date.now() + 86_400_000).toISOString();
    const future = await rejection(
      recordTestReport({ actor: setUp.vaccinator, input: entry({ sampleCollectedAt: later }) }),
    );
    expect(future.details).toEqual([{ path: "sampleCollectedAt", message: "In the future" }]);
    const early = new Date(Date.now() - 7_200_000).toISOString();
    const backwards = await rejection(recordTestReport({ actor: setUp.vaccinator, input: entry({ resultAt: early }) }));
    expect(backwards.details[0]?.path).toBe("resultAt");
    const other = await tenantWithCatalogue();
    const foreign = await rejection(
      recordTestReport({ actor: other.vaccinator, input: entry({ recipientId: setUp.catalogue.recipient.id }) }),
    );
    expect(foreign.code).toBe("NOT_FOUND");
  });
});
