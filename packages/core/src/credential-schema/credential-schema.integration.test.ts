import { createStatusListLookup, verify } from "@vax/credentials/verify";
import { prisma } from "@vax/db";
import { beforeAll, describe, expect, it } from "vitest";
import { statusListCredential } from "../issuer/status-list-credential";
import { statusListReasons } from "../issuer/status-list-reasons";
import { platformTrustList } from "../issuer/trust-list";
import { ZCredentialSchemaInput } from "../schemas/credential-schema";
import type { TActor } from "../shared/actor";
import { apiClientActor } from "../testing/api-client-actor";
import { tenantWithCatalogue } from "../testing/issuance-fixture";
import { rejection } from "../testing/rejection";
import { createTrainingSchema, trainingSubject as subject, trainingSchema } from "../testing/training-schema";
import { addSchemaVersion } from "./add-schema-version";
import { changeSchemaCredentialStatus } from "./change-schema-credential-status";
import { createCredentialSchema } from "./create-credential-schema";
import { issueSchemaCredential } from "./issue-schema-credential";
import { listCredentialSchemas } from "./list-credential-schemas";
import { retireCredentialSchema } from "./retire-credential-schema";

let admin: TActor;
let client: TActor;
let tenantId: string;

beforeAll(async () => {
  const setUp = await tenantWithCatalogue();
  admin = setUp.admin;
  tenantId = setUp.tenantId;
  client = await apiClientActor(admin);
});

const createTraining = (name: string) => createTrainingSchema(admin, name);

describe("credential schemas", () => {
  it("creates, versions and lists a tenant's schema beside the built-in ones", async () => {
    const created = await createTraining("training");
    expect(created.versions).toHaveLength(1);
    expect(created.versions[0]?.contextUrl).toMatch(/\/credentials\/schemas\/[^/]+\/training\/v1$/);
    const next = await addSchemaVersion({
      actor: admin,
      schemaId: created.id,
      input: {
        ...created.versions[0],
        credentialType: "TrainingCertificateCredential",
        subjectSchema: trainingSchema,
        qrFields: [],
        verifierFields: [],
      },
    });
    expect(next.versions.map((version) => version.version)).toEqual([1, 2]);
    const listed = await listCredentialSchemas({ actor: admin });
    expect(listed.map((schema) => schema.name)).toEqual(
      expect.arrayContaining(["vaccination", "test-report", "training"]),
    );
    expect(listed.slice(0, 2).every((schema) => schema.builtIn)).toBe(true);
  });

  it("refuses a JSON Schema with a remote reference, and field choices the schema lacks", async () => {
    const remote = await rejection(
      createCredentialSchema({
        actor: admin,
        input: ZCredentialSchemaInput.parse({
          name: "remote",
          title: "Remote",
          credentialType: "RemoteCredential",
          subjectSchema: { type: "object", properties: { a: { $ref: "https://example.com/a.json" } } },
          qrFields: ["missing"],
        }),
      }),
    );
    expect(remote.code).toBe("VALIDATION_FAILED");
    expect(remote.details).toContainEqual({
      path: "subjectSchema.properties.a.$ref",
      message: expect.stringMatching(/local/),
    });
    expect(await prisma.credentialSchema.count({ where: { tenantId, name: "remote" } })).toBe(0);

    const hidden = await rejection(
      createCredentialSchema({
        actor: admin,
        input: ZCredentialSchemaInput.parse({
          name: "hidden-from-qr",
          title: "Training certificate",
          credentialType: "TrainingCertificateCredential",
          subjectSchema: trainingSchema,
          qrFields: ["name", "course"],
          verifierFields: ["name", "course.hours", "completedOn"],
        }),
      }),
    );
    expect(hidden.details).toEqual([
      { path: "verifierFields.2", message: "A verifier reads only the QR: add completedOn to the QR fields" },
    ]);
  });

  it("issues a credential that verifies offline with the published trust entry, and fails once tampered", async () => {
    await createTraining("training-verify");
    const issued = await issueSchemaCredential({
      actor: client,
      schema: { name: "training-verify" },
      credentialSubject: subject,
    });
    expect(issued.credential.type).toEqual(["VerifiableCredential", "TrainingCertificateCredential"]);
    expect(issued.version).toBe(1);
    const trust = await platformTrustList();
    const verified = await verify(issued.qr, { trust });
    expect(verified.checks.find((check) => check.name === "signature")).toMatchObject({ status: "passed" });
    expect(verified.verified).toBe(true);
    const tampered = structuredClone(issued.credential);
    (tampered.credentialSubject as { course: { hours: number } }).course.hours = 120;
    const refused = await verify(tampered, { trust });
    expect(refused.verified).toBe(false);
    expect(refused.checks.find((check) => check.name === "signature")?.status).toBe("failed");
  });

  it("revokes a credential through its status-list slot, which the verifier then reads as revoked", async () => {
    await createTraining("training-status");
    const issued = await issueSchemaCredential({
      actor: client,
      schema: { name: "training-status" },
      credentialSubject: subject,
    });
    const revoked = await changeSchemaCredentialStatus({
      actor: admin,
      certificateId: issued.certificateId,
      kind: "revoke",
      reason: "Issued in error",
    });
    expect(revoked).toMatchObject({ status: "REVOKED", reason: "Issued in error" });
    const again = await rejection(
      changeSchemaCredentialStatus({
        actor: admin,
        certificateId: issued.certificateId,
        kind: "reinstate",
        reason: "x",
      }),
    );
    expect(again.code).toBe("CONFLICT");
    const trust = await platformTrustList();
    const slug = (await prisma.tenant.findUniqueOrThrow({ where: { id: tenantId } })).slug;
    const status = createStatusListLookup({
      trust,
      fetchList: async (url) => {
        const [path = ""] = url.split("/reasons");
        const [purpose, number] = path.split("/").slice(-2);
        const options = {
          slug,
          purpose: purpose === "revocation" ? "REVOCATION" : "SUSPENSION",
          number: Number(number),
        } as const;
        return (await (url.includes("/reasons") ? statusListReasons(options) : statusListCredential(options))).document;
      },
    });
    const result = await verify(issued.qr, { trust, status });
    expect(result.verified).toBe(false);
    expect(result.checks.find((check) => check.name === "revocation")?.status).toBe("failed");
  });

  it("refuses a bad subject naming each field, and writes nothing", async () => {
    await createTraining("training-bad");
    const before = await prisma.schemaCredential.count({ where: { tenantId } });
    const refused = await rejection(
      issueSchemaCredential({
        actor: client,
        schema: { credentialType: "TrainingCertificateCredential" },
        credentialSubject: { name: "", course: { title: "X", hours: "twelve" }, extra: true },
      }),
    );
    expect(refused.code).toBe("VALIDATION_FAILED");
    expect(refused.details).toEqual(
      expect.arrayContaining([
        { path: "credentialSubject.name", message: expect.stringMatching(/fewer than 1/) },
        { path: "credentialSubject.course.hours", message: "Must be integer" },
        { path: "credentialSubject.completedOn", message: "Required" },
        { path: "credentialSubject.extra", message: "Not a field of this schema" },
      ]),
    );
    expect(await prisma.schemaCredential.count({ where: { tenantId } })).toBe(before);
  });

  it("issues under the version asked for, and refuses a retired version and a retired schema", async () => {
    const created = await createTraining("training-retire");
    await addSchemaVersion({
      actor: admin,
      schemaId: created.id,
      input: {
        credentialType: "TrainingCertificateV2Credential",
        subjectSchema: trainingSchema,
        qrFields: [],
        verifierFields: [],
      },
    });
    const first = await issueSchemaCredential({
      actor: client,
      schema: { name: "training-retire", version: 1 },
      credentialSubject: subject,
    });
    await retireCredentialSchema({ actor: admin, schemaId: created.id, version: 1 });
    const retiredVersion = await rejection(
      issueSchemaCredential({
        actor: client,
        schema: { name: "training-retire", version: 1 },
        credentialSubject: subject,
      }),
    );
    expect(retiredVersion).toMatchObject({
      code: "UNPROCESSABLE",
      message: expect.stringMatching(/version 1 is retired/),
    });
    const newest = await issueSchemaCredential({
      actor: client,
      schema: { name: "training-retire" },
      credentialSubject: subject,
    });
    expect(newest.credential.type).toEqual(["VerifiableCredential", "TrainingCertificateV2Credential"]);
    await retireCredentialSchema({ actor: admin, schemaId: created.id });
    const retired = await rejection(
      issueSchemaCredential({ actor: client, schema: { name: "training-retire" }, credentialSubject: subject }),
    );
    expect(retired.code).toBe("UNPROCESSABLE");
    // What was issued under the retired version still verifies.
    expect((await verify(first.qr, { trust: await platformTrustList() })).verified).toBe(true);
  });

  it("issues a built-in test report, and answers a repeat under the same key with the first credential", async () => {
    const report = {
      name: "Ravi Kumar",
      testType: "RT-PCR",
      disease: "COVID-19",
      sampleCollectionTimestamp: "2026-12-01T09:30:00Z",
      result: "Negative",
      facility: { name: "District Lab", country: "IN" },
    };
    const first = await issueSchemaCredential({
      actor: client,
      schema: { name: "test-report" },
      credentialSubject: report,
      idempotencyKey: "report-1",
    });
    const again = await issueSchemaCredential({
      actor: client,
      schema: { name: "test-report" },
      credentialSubject: report,
      idempotencyKey: "report-1",
    });
    expect(again.certificateId).toBe(first.certificateId);
    expect(first.credential.type).toEqual(["VerifiableCredential", "ProofOfTestCertificateCredential"]);
    expect((await verify(first.qr, { trust: await platformTrustList() })).verified).toBe(true);
    const vaccination = await rejection(
      issueSchemaCredential({ actor: client, schema: { name: "vaccination" }, credentialSubject: {} }),
    );
    expect(vaccination.code).toBe("UNPROCESSABLE");
  });
});
