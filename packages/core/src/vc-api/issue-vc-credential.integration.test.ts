import { beforeAll, describe, expect, it } from "vitest";
import { createCredentialSchema } from "../credential-schema/create-credential-schema";
import { ZCredentialSchemaInput } from "../schemas/credential-schema";
import { type TVcIssueRequest, VC_V2_CONTEXT, ZVcIssueRequest } from "../schemas/vc-api";
import type { TActor } from "../shared/actor";
import { apiClientActor } from "../testing/api-client-actor";
import { tenantWithCatalogue } from "../testing/issuance-fixture";
import { rejection } from "../testing/rejection";
import { specErrors, specExampleRequests } from "../testing/vcalm-spec";
import { issueVcCredential } from "./issue-vc-credential";
import { updateCredentialStatus } from "./update-credential-status";
import { verifyVcCredential } from "./verify-vc-credential";

// A tenant schema for the specification's example credential: a degree named by type and name.
const degreeSchema = {
  type: "object",
  required: ["degree"],
  additionalProperties: false,
  properties: {
    id: { type: "string" },
    degree: {
      type: "object",
      required: ["name"],
      additionalProperties: false,
      properties: { type: { const: "BachelorDegree" }, name: { type: "string", minLength: 1 } },
    },
  },
};

let client: TActor;

// The specification's example request as this tenant can issue it: no foreign issuer, no example context.
const ours = (): TVcIssueRequest => {
  const { credential, options } = ZVcIssueRequest.parse(specExampleRequests().issue);
  const { issuer: _foreign, ...rest } = credential;
  return { credential: { ...rest, "@context": [VC_V2_CONTEXT] }, options };
};

beforeAll(async () => {
  const { admin } = await tenantWithCatalogue();
  client = await apiClientActor(admin);
  await createCredentialSchema({
    actor: admin,
    input: ZCredentialSchemaInput.parse({
      name: "degree",
      title: "University degree",
      credentialType: "UniversityDegreeCredential",
      subjectSchema: degreeSchema,
    }),
  });
});

describe("issueVcCredential", () => {
  it("refuses the specification's example as sent, naming its issuer, which is not ours (the spec's 400)", async () => {
    const example = ZVcIssueRequest.parse(specExampleRequests().issue);
    const error = await rejection(issueVcCredential({ actor: client, ...example }));
    expect(error).toMatchObject({ code: "VALIDATION_FAILED", details: [{ path: "credential.issuer" }] });
  });

  it("issues the example under the tenant's schema: the spec's response shape, and it verifies", async () => {
    // The schema names the class its `degree.type` may take, so its generated context defines the term.
    const request = ours();
    const answer = await issueVcCredential({ actor: client, ...request });
    expect(specErrors("components/VerifiableCredentialResponse.yml#VerifiableCredentialResponse", answer)).toEqual([]);
    const issued = answer.verifiableCredential;
    expect(issued).toMatchObject({
      type: ["VerifiableCredential", "UniversityDegreeCredential"],
      validFrom: "2020-03-16T22:37:26Z",
      credentialSubject: request.credential.credentialSubject,
      proof: { type: "DataIntegrityProof", cryptosuite: "eddsa-rdfc-2022" },
    });
    expect(issued.id).toMatch(/^urn:vax:certificate:/);
    expect((issued.credentialStatus as Array<{ statusPurpose: string }>).map((entry) => entry.statusPurpose)).toEqual([
      "revocation",
      "suspension",
    ]);
    expect(await verifyVcCredential({ verifiableCredential: issued })).toMatchObject({
      verified: true,
      problemDetails: [],
    });

    const repeat = await issueVcCredential({ actor: client, ...request });
    expect(repeat.verifiableCredential.id).toBe(issued.id);
    const other = ours();
    other.credential.credentialSubject = { degree: { name: "Master of Arts" } };
    expect(await rejection(issueVcCredential({ actor: client, ...other }))).toMatchObject({ code: "CONFLICT" });
  });

  it("names each field of the subject the schema refuses, an unknown type and a context it would not issue", async () => {
    const bad = ours();
    bad.options = {};
    bad.credential.credentialSubject = { degree: { type: "BachelorDegree" }, grade: "A" };
    const fields = await rejection(issueVcCredential({ actor: client, ...bad }));
    expect(fields.code).toBe("VALIDATION_FAILED");
    expect(fields.details.map((detail) => detail.path).sort()).toEqual([
      "credentialSubject.degree.name",
      "credentialSubject.grade",
    ]);

    const unknown = ours();
    unknown.credential.type = ["VerifiableCredential", "DriverLicenceCredential"];
    expect(await rejection(issueVcCredential({ actor: client, ...unknown }))).toMatchObject({
      code: "VALIDATION_FAILED",
      details: [{ path: "credential.type" }],
    });

    const foreignContext = ours();
    foreignContext.credential["@context"] = [VC_V2_CONTEXT, "https://www.w3.org/ns/credentials/examples/v2"];
    expect(await rejection(issueVcCredential({ actor: client, ...foreignContext }))).toMatchObject({
      details: [{ path: "credential.@context" }],
    });
  });

  it("a credential it issued is suspended, reinstated and revoked through credentials/status, and verifies accordingly", async () => {
    const request = ours();
    request.options = {};
    request.credential.credentialSubject = { degree: { name: "Diploma in Nursing" } };
    const { verifiableCredential: issued } = await issueVcCredential({ actor: client, ...request });
    const set = (statusPurpose: "revocation" | "suspension", status: boolean) =>
      updateCredentialStatus({
        actor: client,
        credentialId: issued.id as string,
        credentialStatus: { type: "BitstringStatusListEntry", statusPurpose },
        status,
      });
    const titles = async () =>
      (await verifyVcCredential({ verifiableCredential: issued })).problemDetails?.map((problem) => problem.title);
    expect((await set("suspension", true)).status).toBe("SUSPENDED");
    expect(await titles()).toEqual(["SUSPENDED"]);
    expect((await set("suspension", false)).status).toBe("ACTIVE");
    expect(await titles()).toEqual([]);
    expect((await set("revocation", true)).status).toBe("REVOKED");
    expect(await titles()).toEqual(["REVOKED"]);
  });
});
