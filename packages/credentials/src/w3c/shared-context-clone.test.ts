import { execFileSync } from "node:child_process";
import { pathToFileURL } from "node:url";
import jsonld from "jsonld";
import { describe, expect, it } from "vitest";
import { createDocumentLoader } from "./document-loader.ts";
import { buildVaccinationCredential } from "./issue-vaccination-credential.ts";
import { shareContextDefinitions } from "./shared-context-clone.ts";

const EX = "http://example.org/";

// Scoped contexts every way JSON-LD 1.1 applies them: by type (nested, and reverted on an untyped node
// below a typed one), by property, and embedded with "@propagate": false.
const scoped = (n: number) => ({
  "@context": {
    "@version": 1.1,
    ex: EX,
    name: "ex:name",
    tag: "ex:tag",
    child: { "@id": "ex:child" },
    Outer: { "@id": "ex:Outer", "@context": { name: "ex:outerName", tag: "ex:outerTag" } },
    Inner: { "@id": "ex:Inner", "@context": { name: "ex:innerName" } },
    Deep: { "@id": "ex:Deep", "@context": { tag: "ex:deepTag" } },
    prop: { "@id": "ex:prop", "@context": { name: "ex:propName", tag: "ex:propTag" } },
  },
  "@type": "Outer",
  name: `outer ${n}`,
  tag: "t",
  child: {
    name: `untyped ${n}`,
    tag: "u",
    child: [
      { "@type": "Inner", name: `inner ${n}`, tag: "top", child: { "@type": "Deep", tag: `deep ${n}`, name: "d" } },
      { "@type": ["Inner", "Outer"], name: `both ${n}` },
      { "@context": { "@propagate": false, name: "ex:notPropagated" }, name: "np", child: { name: `below np ${n}` } },
    ],
  },
  prop: { name: `by property ${n}`, child: { "@type": "Inner", name: "in prop", tag: "under prop" } },
});

const credential = (n: number) =>
  buildVaccinationCredential({
    issuer: "did:web:localhost%3A3003",
    id: `urn:vax:certificate:${n}`,
    validFrom: new Date(Date.UTC(2021, 5, 1) + n * 86_400_000),
    recipient: { name: `Person ${n}`, birthDate: "1985-04-12", gender: "Female", identifier: `PASSPORT P${n}` },
    doses: Array.from({ length: 1 + (n % 3) }, (_, dose) => ({
      vaccine: { name: "COVAXIN", icd11Code: "XM1NL1", manufacturer: { name: "Bharat" } },
      batch: `B${n}`,
      date: "2021-05-01",
      doseNumber: dose + 1,
      totalDoses: 3,
      facility: { name: "PHC", address: "Bengaluru", country: "IND" },
    })),
    credentialStatus: [
      {
        id: `http://localhost:3003/status/1#${n}`,
        type: "BitstringStatusListEntry",
        statusPurpose: "revocation",
        statusListIndex: String(n),
        statusListCredential: "http://localhost:3003/status/1",
      },
    ],
  });

// An embedded context that redefines a term VC 2.0 protects: JSON-LD processing must refuse it every time.
const redefinesProtected = (n: number) => ({
  ...credential(n),
  credentialSubject: { "@context": { id: `${EX}id` }, id: `${EX}subject/${n}` },
});

// Interleaved and repeated, so the processed contexts are found again as well as made.
const documents = Array.from({ length: 12 }, (_, n) => [scoped(n), credential(n), redefinesProtected(n)]).flat();

const canonize = (documentLoader: ReturnType<typeof createDocumentLoader>) => (document: unknown) =>
  jsonld
    .canonize(document, { algorithm: "RDFC-1.0", format: "application/n-quads", documentLoader, safe: true })
    .catch((error: Error) => `refused: ${error.message}`);

// The reference runs in a fresh process on jsonld as shipped.
const referenceScript = `
import jsonld from "jsonld";
import { createDocumentLoader } from ${JSON.stringify(pathToFileURL(`${import.meta.dirname}/document-loader.ts`).href)};
const documents = JSON.parse(await new Response(process.stdin).text());
const documentLoader = createDocumentLoader();
const out = [];
for (const document of documents) {
  out.push(await jsonld.canonize(document, { algorithm: "RDFC-1.0", format: "application/n-quads", documentLoader, safe: true })
    .catch((error) => "refused: " + error.message));
}
process.stdout.write(JSON.stringify(out));
`;

describe("jsonld with shared context definitions and found-again scoped contexts", () => {
  it("canonicalises every scoped-context document as jsonld as shipped does, and refuses what it refuses", async () => {
    const reference = JSON.parse(
      execFileSync(process.execPath, ["--import", "tsx", "--input-type=module", "-e", referenceScript], {
        cwd: import.meta.dirname,
        input: JSON.stringify(documents),
        encoding: "utf8",
        maxBuffer: 64 * 1024 * 1024,
      }),
    ) as string[];
    await shareContextDefinitions();
    const patched = [];
    for (const document of documents) patched.push(await canonize(createDocumentLoader())(document));
    expect(reference.filter((answer) => answer.startsWith("refused")).length).toBe(12);
    // The same type-scoped context applied over two active contexts, which must not be mistaken for each other.
    expect(reference[0]).toContain(`<${EX}tag> "top"`);
    expect(reference[0]).toContain(`<${EX}propTag> "under prop"`);
    expect(patched).toEqual(reference);
  }, 60_000);
});
