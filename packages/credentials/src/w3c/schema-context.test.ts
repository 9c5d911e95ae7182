import jsonld from "jsonld";
import { describe, expect, it } from "vitest";
import { createDocumentLoader } from "./document-loader.ts";
import { schemaContext } from "./schema-context.ts";
import { testReportContext, testReportContextUrl } from "./test-report-context.ts";

const URL = "https://verify.example.org/credentials/schemas/ministry/training/v1";
const subjectSchema = {
  type: "object",
  properties: {
    type: { const: "TrainedPerson" },
    name: { type: "string" },
    completedOn: { type: "string", format: "date" },
    course: {
      type: "object",
      properties: { title: { type: "string" }, startedAt: { type: "string", format: "date-time" } },
    },
    modules: { type: "array", items: { $ref: "#/$defs/module" } },
  },
  $defs: { module: { type: "object", properties: { code: { type: "string" } } } },
};

describe("schemaContext", () => {
  it("makes every property at any depth a term under the context URL, types dates, and leaves VC 2.0 terms alone", () => {
    const context = schemaContext({ url: URL, credentialType: "TrainingCertificateCredential", subjectSchema });
    expect(context["@context"]).toEqual({
      "@protected": true,
      id: "@id",
      type: "@type",
      vax: `${URL}#`,
      xsd: "http://www.w3.org/2001/XMLSchema#",
      TrainingCertificateCredential: "vax:TrainingCertificateCredential",
      code: "vax:code",
      completedOn: { "@id": "vax:completedOn", "@type": "xsd:date" },
      course: "vax:course",
      modules: "vax:modules",
      startedAt: { "@id": "vax:startedAt", "@type": "xsd:dateTime" },
      title: "vax:title",
      TrainedPerson: "vax:TrainedPerson",
    });
  });

  it("expands a credential with the VC 2.0 context before it, so every subject claim gets our IRI", async () => {
    const context = schemaContext({ url: URL, credentialType: "TrainingCertificateCredential", subjectSchema });
    const documentLoader = createDocumentLoader({ documents: { [URL]: context } });
    const [expanded] = (await jsonld.expand(
      {
        "@context": ["https://www.w3.org/ns/credentials/v2", URL],
        type: ["VerifiableCredential", "TrainingCertificateCredential"],
        credentialSubject: {
          type: "TrainedPerson",
          name: "Asha",
          completedOn: "2026-11-30",
          course: { title: "Cold chain" },
        },
      },
      { documentLoader, safe: true },
    )) as Array<Record<string, unknown>>;
    expect(expanded?.["@type"]).toContain(`${URL}#TrainingCertificateCredential`);
    const subjects = expanded?.["https://www.w3.org/2018/credentials#credentialSubject"] as Record<string, unknown>[];
    const claims = subjects[0];
    expect(claims?.[`${URL}#completedOn`]).toEqual([
      { "@type": "http://www.w3.org/2001/XMLSchema#date", "@value": "2026-11-30" },
    ]);
    expect(claims?.["https://schema.org/name"]).toEqual([{ "@value": "Asha" }]);
  });

  it("gives the built-in test report the same context under any deployment's base URL, without fetching", async () => {
    const base = "https://vax.health.example";
    const loaded = await createDocumentLoader()(testReportContextUrl(base));
    expect(loaded.document).toEqual(testReportContext(base));
    expect((loaded.document["@context"] as Record<string, unknown>).ProofOfTestCertificateCredential).toBe(
      "vax:ProofOfTestCertificateCredential",
    );
  });
});
