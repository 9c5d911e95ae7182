import { prisma } from "@vax/db";
import { beforeAll, describe, expect, it } from "vitest";
import { changeCredentialStatus } from "../lifecycle/change-credential-status";
import { ZCredentialSchemaInput } from "../schemas/credential-schema";
import type { TActor } from "../shared/actor";
import { apiClientActor } from "../testing/api-client-actor";
import { tenantWithCatalogue } from "../testing/issuance-fixture";
import { rejection } from "../testing/rejection";
import { createCredentialSchema } from "./create-credential-schema";
import { issueSchemaCredential } from "./issue-schema-credential";
import { getSchemaCredentialDetails } from "./schema-credential-details";
import { searchSchemaCredentials } from "./search-schema-credentials";

let admin: TActor;
let other: TActor;
let certificateId: string;

beforeAll(async () => {
  admin = (await tenantWithCatalogue()).admin;
  other = (await tenantWithCatalogue()).admin;
  await createCredentialSchema({
    actor: admin,
    input: ZCredentialSchemaInput.parse({
      name: "first-aid",
      title: "First aid training",
      credentialType: "FirstAidTrainingCredential",
      subjectSchema: {
        type: "object",
        required: ["name", "course"],
        properties: { name: { type: "string", title: "Name" }, course: { type: "string", title: "Course" } },
      },
    }),
  });
  const issued = await issueSchemaCredential({
    actor: await apiClientActor(admin),
    schema: { name: "first-aid" },
    credentialSubject: { name: "Meera Pillai", course: "Basic life support" },
  });
  certificateId = issued.certificateId;
});

describe("a tenant's credentials issued under a schema, in the admin portal", () => {
  it("are found by the id they print, listed newest first with no text, and not by a text that is neither", async () => {
    const found = await searchSchemaCredentials({ actor: admin, q: certificateId.toLowerCase() });
    expect(found).toEqual([
      {
        certificateId,
        title: "First aid training",
        holderName: "Meera Pillai",
        status: "ACTIVE",
        issuedAt: expect.any(String),
      },
    ]);
    expect((await searchSchemaCredentials({ actor: admin, q: "" }))[0]?.certificateId).toBe(certificateId);
    expect(await searchSchemaCredentials({ actor: admin, q: "Meera" })).toEqual([]);
    expect(await searchSchemaCredentials({ actor: other, q: certificateId })).toEqual([]);
  });

  it("show what they state in their schema's words, to their own tenant only", async () => {
    const details = await getSchemaCredentialDetails({ actor: admin, certificateId });
    expect(details).toMatchObject({
      title: "First aid training",
      version: 1,
      status: "ACTIVE",
      holderName: "Meera Pillai",
    });
    // The holder's name is a fact of its own; the fields are the rest.
    expect(details.fields).toEqual([{ key: "course", label: "Course", value: "Basic life support" }]);
    expect((await rejection(getSchemaCredentialDetails({ actor: other, certificateId }))).code).toBe("NOT_FOUND");
  });

  it("are suspended until reinstated, reinstated and revoked through the certificates' steps, with the reason", async () => {
    const timed = await rejection(
      changeCredentialStatus({
        actor: admin,
        certificateId,
        kind: "suspend",
        reason: "Review",
        until: new Date(Date.now() + 86_400_000),
      }),
    );
    expect(timed.code).toBe("VALIDATION_FAILED");
    const stored = () => prisma.schemaCredential.findUniqueOrThrow({ where: { certificateId } });
    expect((await stored()).status).toBe("ACTIVE");
    expect(
      await changeCredentialStatus({ actor: admin, certificateId, kind: "suspend", reason: "Review" }),
    ).toMatchObject({
      status: "SUSPENDED",
    });
    expect((await stored()).statusReason).toBe("Review");
    await changeCredentialStatus({ actor: admin, certificateId, kind: "reinstate", reason: "Cleared" });
    await changeCredentialStatus({ actor: admin, certificateId, kind: "revoke", reason: "Issued in error" });
    expect(await stored()).toMatchObject({ status: "REVOKED", statusReason: "Issued in error" });
    const elsewhere = await rejection(
      changeCredentialStatus({ actor: other, certificateId, kind: "revoke", reason: "x" }),
    );
    expect(elsewhere.code).toBe("NOT_FOUND");
  });
});
