import { decodeNativeQrJson } from "@vax/credentials/qr";
import { verify } from "@vax/credentials/verify";
import { prisma } from "@vax/db";
import { beforeAll, describe, expect, it } from "vitest";
import { platformTrustList } from "../issuer/trust-list";
import { ZCredentialSchemaInput } from "../schemas/credential-schema";
import type { TActor } from "../shared/actor";
import { apiClientActor } from "../testing/api-client-actor";
import { tenantWithCatalogue } from "../testing/issuance-fixture";
import { createTrainingSchema, trainingSubject as subject, trainingSchema } from "../testing/training-schema";
import { createCredentialSchema } from "./create-credential-schema";
import { issueSchemaCredential } from "./issue-schema-credential";

let admin: TActor;
let client: TActor;

beforeAll(async () => {
  admin = (await tenantWithCatalogue()).admin;
  client = await apiClientActor(admin);
});

const createTraining = (name: string) => createTrainingSchema(admin, name);

describe("a schema version's QR fields", () => {
  it("puts only the version's QR fields in the QR, a credential of its own that verifies, and keeps the whole one", async () => {
    await createTraining("training-qr-fields");
    const issued = await issueSchemaCredential({
      actor: client,
      schema: { name: "training-qr-fields" },
      credentialSubject: subject,
    });
    expect(issued.credential.credentialSubject).toEqual(subject);
    const trust = await platformTrustList();
    expect((await verify(issued.qr, { trust })).verified).toBe(true);
    const inQr = JSON.parse(decodeNativeQrJson(issued.qr)) as Record<string, unknown>;
    expect(inQr.credentialSubject).toEqual({
      name: "Asha Devi",
      course: { title: "Cold chain handling" },
      completedOn: "2026-11-30",
    });
    expect(inQr.id).toBe(issued.credential.id);
    expect(inQr.credentialStatus).toEqual(issued.credential.credentialStatus);
    expect((await verify(issued.credential, { trust })).verified).toBe(true);
    const stored = await prisma.schemaCredential.findUniqueOrThrow({ where: { id: issued.id } });
    expect(stored.payload).toEqual(issued.credential);

    await createCredentialSchema({
      actor: admin,
      input: ZCredentialSchemaInput.parse({
        name: "training-whole-qr",
        title: "Training certificate",
        credentialType: "TrainingCertificateCredential",
        subjectSchema: trainingSchema,
      }),
    });
    const whole = await issueSchemaCredential({
      actor: client,
      schema: { name: "training-whole-qr" },
      credentialSubject: subject,
    });
    expect(JSON.parse(decodeNativeQrJson(whole.qr)).credentialSubject).toEqual(subject);
    const storedWhole = await prisma.schemaCredential.findUniqueOrThrow({ where: { id: whole.id } });
    expect(storedWhole.payload).toBeNull();
  });
});
