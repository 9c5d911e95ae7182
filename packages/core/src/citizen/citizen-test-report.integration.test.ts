import { execFileSync } from "node:child_process";
import { randomUUID } from "node:crypto";
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { verify } from "@vax/credentials/verify";
import { beforeAll, describe, expect, it } from "vitest";
import { createCertificateTemplate } from "../certificate-template/create-certificate-template";
import { BUILT_IN_SCHEMAS } from "../credential-schema/built-in-schemas";
import { changeSchemaCredentialStatus } from "../credential-schema/change-schema-credential-status";
import { recordTestReport } from "../credential-schema/record-test-report";
import type { TSchemaCredentialView } from "../credential-schema/schema-credential-view";
import { platformTrustList } from "../issuer/trust-list";
import { ZTemplateCreateInput } from "../schemas/certificate-template";
import { ZRecordTestReport } from "../schemas/test-report";
import { type TTenantSetUp, tenantWithCatalogue } from "../testing/issuance-fixture";
import { rejection } from "../testing/rejection";
import { addRecipient, freshMobile, notFound } from "./citizen-certificates-fixture";
import { getCertificateFile } from "./get-certificate-file";
import { listCitizenCertificates } from "./list-citizen-certificates";

const TEST_REPORT_SCHEMA_ID = BUILT_IN_SCHEMAS.find((schema) => schema.name === "test-report")?.id as string;

let home: TTenantSetUp;
let mobile: string;
let report: TSchemaCredentialView;

const pdfText = (body: Uint8Array): string => {
  const folder = mkdtempSync(path.join(tmpdir(), "test-report-pdf-"));
  try {
    writeFileSync(path.join(folder, "report.pdf"), body);
    return execFileSync("pdftotext", [path.join(folder, "report.pdf"), "-"], { encoding: "utf8" });
  } finally {
    rmSync(folder, { recursive: true, force: true });
  }
};

const recordFor = (recipientId: string) =>
  recordTestReport({
    actor: home.vaccinator,
    input: ZRecordTestReport.parse({
      idempotencyKey: randomUUID(),
      recipientId,
      testType: "RT-PCR",
      result: "Negative",
      sampleCollectedAt: new Date(Date.now() - 3_600_000).toISOString(),
    }),
  });

beforeAll(async () => {
  home = await tenantWithCatalogue();
  mobile = freshMobile();
  const recipient = await addRecipient(home, "Kavya Iyer", mobile);
  report = await recordFor(recipient.id);
});

const citizen = () => ({ type: "CITIZEN" as const, mobile });

describe("a test report for its citizen", () => {
  it("is listed beside the person's certificates with what it states, labelled by its schema", async () => {
    const [person] = await listCitizenCertificates({ mobile });
    expect(person?.certificates).toEqual([]);
    expect(person?.credentials).toEqual([
      expect.objectContaining({
        certificateId: report.certificateId,
        title: "COVID-19 test report",
        builtInSchema: "test-report",
        status: "ACTIVE",
      }),
    ]);
    const fields = person?.credentials[0]?.fields ?? [];
    expect(fields).toContainEqual({ key: "testType", label: "Test type", value: "RT-PCR", kind: "text" });
    expect(fields).toContainEqual({ key: "result", label: "Result", value: "Negative", kind: "text" });
    expect(fields).toContainEqual(expect.objectContaining({ key: "sampleCollectionTimestamp", kind: "date" }));
    expect(fields).toContainEqual(
      expect.objectContaining({ key: "facility_name", label: "Laboratory", value: home.catalogue.facility.name }),
    );
    // The holder is the card's person, not one of its facts.
    expect(fields.map((field) => field.key)).not.toContain("name");
  });

  it("downloads as its signed JSON, its QR and a PDF printed in English and Hindi as a test report", async () => {
    const json = await getCertificateFile({ reader: citizen(), certificateId: report.certificateId, kind: "json" });
    expect(json.fileName).toBe(`test-report-${report.certificateId}.json`);
    expect(JSON.parse(new TextDecoder().decode(json.body))).toEqual(report.credential);
    const qr = await getCertificateFile({ reader: citizen(), certificateId: report.certificateId, kind: "qr.png" });
    expect(qr.contentType).toBe("image/png");
    const pdf = await getCertificateFile({
      reader: citizen(),
      certificateId: report.certificateId,
      kind: "pdf",
      language: "hi",
    });
    const text = pdfText(pdf.body);
    for (const expected of [
      "COVID-19 Test Report",
      "कोविड-19",
      "Kavya Iyer",
      "RT-PCR",
      "Negative",
      report.certificateId,
    ]) {
      expect(text).toContain(expected);
    }
    expect(text).not.toContain("Certificate of Vaccination");
    const other = await rejection(
      getCertificateFile({ reader: citizen(), certificateId: report.certificateId, kind: "eu-dcc.png" }),
    );
    expect(other).toMatchObject({ code: "UNPROCESSABLE" });
  });

  it("is not found for another number, and withheld once revoked", async () => {
    await notFound(
      getCertificateFile({
        reader: { type: "CITIZEN", mobile: freshMobile() },
        certificateId: report.certificateId,
        kind: "pdf",
      }),
    );
    const recipient = await addRecipient(home, "Ravi Iyer", mobile);
    const revoked = await recordFor(recipient.id);
    await changeSchemaCredentialStatus({
      actor: home.admin,
      certificateId: revoked.certificateId,
      kind: "revoke",
      reason: "Sample mislabelled",
    });
    const refusal = await rejection(
      getCertificateFile({ reader: citizen(), certificateId: revoked.certificateId, kind: "pdf" }),
    );
    expect(refusal.message).toBe("This certificate was revoked, so it has no downloads (Sample mislabelled)");
    const people = await listCitizenCertificates({ mobile });
    expect(people.find((person) => person.name === "Ravi Iyer")?.credentials[0]?.status).toBe("REVOKED");
  });

  it("prints with the tenant's own template for test reports once there is one", async () => {
    await createCertificateTemplate({
      actor: home.admin,
      input: ZTemplateCreateInput.parse({
        name: `Lab report ${randomUUID()}`,
        schemaId: TEST_REPORT_SCHEMA_ID,
        settings: { labels: { en: { title: "District Laboratory Report" } } },
      }),
    });
    const pdf = await getCertificateFile({ reader: citizen(), certificateId: report.certificateId, kind: "pdf" });
    expect(pdfText(pdf.body)).toContain("District Laboratory Report");
  });
});

describe("a test report for a verifier", () => {
  it("shows its title and the fields its schema shows a verifier, after the holder", async () => {
    const result = await verify(report.qr, { trust: await platformTrustList() });
    expect(result.verified).toBe(true);
    expect(result.subject).toMatchObject({
      name: "Kavya Iyer",
      title: "COVID-19 test report",
      builtInSchema: "test-report",
    });
    expect(result.subject?.fields?.map((field) => [field.key, field.value])).toEqual([
      ["testType", "RT-PCR"],
      ["sampleCollectionTimestamp", expect.any(String)],
      ["result", "Negative"],
      ["facility_name", home.catalogue.facility.name],
    ]);
  });
});
