import { createHash } from "node:crypto";
import { readFileSync } from "node:fs";
import { join } from "node:path";
import jsonld from "jsonld";
import { describe, expect, it } from "vitest";
import { vectorPath } from "../verify/vectors.ts";
import { createW3cSigner } from "./create-w3c-signer.ts";
import { createDocumentLoader } from "./document-loader.ts";
import { signW3cCredential } from "./sign-w3c-credential.ts";
import { verifyW3cCredential } from "./verify-w3c-credential.ts";

const vectors = vectorPath("w3c");
const text = (path: string) => readFileSync(join(vectors, path), "utf8");
const json = (path: string) => JSON.parse(text(path)) as Record<string, unknown>;
const sha256 = (value: string) => createHash("sha256").update(value).digest("hex");

// The W3C examples context is only needed by the vectors, so the test registers it rather than bundling it.
const documentLoader = createDocumentLoader({
  documents: {
    "https://www.w3.org/ns/credentials/examples/v2": {
      "@context": { "@vocab": "https://www.w3.org/ns/credentials/examples#" },
    },
  },
});
const canonize = (input: unknown) =>
  jsonld.canonize(input, {
    algorithm: "RDFC-1.0",
    format: "application/n-quads",
    documentLoader,
    safe: true,
    base: null,
  });

const keyPair = json("keyPair.json") as { publicKeyMultibase: string; privateKeyMultibase: string };
const verificationMethod = `did:key:${keyPair.publicKeyMultibase}#${keyPair.publicKeyMultibase}`;
const signingKey = {
  id: verificationMethod,
  publicKeyMultibase: keyPair.publicKeyMultibase,
  secretKeyMultibase: keyPair.privateKeyMultibase,
};

const cases = [
  { type: "eddsa-rdfc-2022", folder: "eddsa-rdfc-2022", suffix: "DataInt" },
  { type: "Ed25519Signature2020", folder: "Ed25519Signature2020", suffix: "EdSig" },
] as const;

describe.each(cases)("W3C vc-di-eddsa vectors: $type", ({ type, folder, suffix }) => {
  const file = (name: string) => `${folder}/${name}${suffix}`;
  const unsigned = json("unsigned.json");
  const proofConfig = json(`${file("proofConfig")}.json`);
  const signed = json(`${file("signed")}.json`);
  const created = proofConfig.created as string;

  it("canonicalises the document", async () => {
    const canonical = await canonize(unsigned);
    expect(canonical).toBe(text(`${file("canonDoc")}.txt`));
    expect(sha256(canonical)).toBe(text(`${file("docHash")}.txt`).trim());
  });

  it("canonicalises the proof configuration", async () => {
    const canonical = await canonize(proofConfig);
    expect(canonical).toBe(text(`${file("proofCanon")}.txt`));
    expect(sha256(canonical)).toBe(text(`${file("proofHash")}.txt`).trim());
  });

  it("signs proof hash ‖ document hash to the expected signature", async () => {
    const combined = text(`${file("combinedHash")}.txt`).trim();
    expect(`${sha256(await canonize(proofConfig))}${sha256(await canonize(unsigned))}`).toBe(combined);
    const signer = await createW3cSigner(signingKey);
    const signature = await signer.sign({ data: Buffer.from(combined, "hex") });
    expect(Buffer.from(signature).toString("hex")).toBe(text(`${file("sigHex")}.txt`).trim());
  });

  it("produces the whole signed credential byte for byte", async () => {
    const signer = await createW3cSigner(signingKey);
    const result = await signW3cCredential({ credential: unsigned, signer, documentLoader, type, created });
    expect(JSON.stringify(result, null, 2)).toBe(JSON.stringify(signed, null, 2));
    expect((result.proof as { proofValue: string }).proofValue).toBe(text(`${file("sigBTC58")}.txt`).trim());
  });

  it("verifies the signed vector's signature and flags that its key is not the issuer's", async () => {
    const result = await verifyW3cCredential({ credential: signed, documentLoader });
    expect(result.checks.map(({ name, status }) => [name, status])).toEqual([
      ["format", "passed"],
      ["signature", "passed"],
      ["issuer", "failed"],
    ]);
    expect(result.verified).toBe(false);
  });

  it("rejects the vector once a field is changed", async () => {
    const tampered = { ...signed, name: "Alumni Credential!" };
    const result = await verifyW3cCredential({ credential: tampered, documentLoader });
    expect(result.checks[1]).toMatchObject({ name: "signature", status: "failed" });
  });
});
