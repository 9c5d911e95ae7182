import { execFileSync } from "node:child_process";
import { pathToFileURL } from "node:url";
import * as Ed25519Multikey from "@digitalbazaar/ed25519-multikey";
import { describe, expect, it } from "vitest";
import { createW3cSigner } from "./create-w3c-signer.ts";
import { createDocumentLoader } from "./document-loader.ts";
import { buildVaccinationCredential, type VaccinationDose } from "./issue-vaccination-credential.ts";
import { issuerDocuments } from "./issuer-documents.ts";
import { signW3cCredential } from "./sign-w3c-credential.ts";
import type { W3cProofType } from "./suites.ts";
import { verifyW3cCredential } from "./verify-w3c-credential.ts";

const issuer = "did:web:localhost%3A3003";
const keyId = `${issuer}#key-1`;
const seed = Array.from({ length: 32 }, (_, i) => (i * 37 + 11) % 256);

// A small deterministic generator, so a failure names a case that can be reproduced.
const random = (() => {
  let state = 20210601;
  return () => {
    state = (state * 1103515245 + 12345) % 2 ** 31;
    return state / 2 ** 31;
  };
})();
const pick = <T>(values: readonly T[]): T => values[Math.floor(random() * values.length)] as T;
const names = ["Asha Rao", "Zoë Ångström", "李小龙", "O'Brien, Seán", 'Quote " and \\ slash', "Ünïcödé\u00a0space"];
const vaccines = [
  { name: "COVISHIELD", icd11Code: "XM9QW8", atcCode: "J07BX03", manufacturer: { name: "Serum Institute" } },
  {
    name: "COVAXIN",
    icd11Code: "XM1NL1",
    productCode: "EU/1/21/1529",
    manufacturer: { name: "Bharat", code: "ORG-1" },
  },
  { name: "Comirnaty" },
];

const randomDose = (doseNumber: number, totalDoses: number): VaccinationDose => ({
  vaccine: pick(vaccines),
  batch: `B${Math.floor(random() * 1e6)}`,
  date: `2021-0${1 + Math.floor(random() * 9)}-1${Math.floor(random() * 10)}`,
  doseNumber,
  totalDoses,
  facility: pick([{ name: "PHC Kalyan Nagar" }, { name: "CHC", address: "Bengaluru", country: "IND" }]),
});

const randomCase = (n: number) => {
  const totalDoses = 1 + Math.floor(random() * 3);
  const credential = buildVaccinationCredential({
    issuer,
    id: random() < 0.8 ? `urn:uuid:00000000-0000-4000-8000-${String(n).padStart(12, "0")}` : undefined,
    validFrom: new Date(Date.UTC(2021, 5, 1, 10) + n * 86_400_000),
    validUntil: random() < 0.3 ? "2031-06-01T00:00:00Z" : undefined,
    recipient: {
      name: pick(names),
      birthDate: "1985-04-12",
      gender: random() < 0.5 ? "Female" : undefined,
      identifier: random() < 0.5 ? `did:example:${n}` : undefined,
    },
    doses: Array.from({ length: totalDoses }, (_, i) => randomDose(i + 1, totalDoses)),
    credentialStatus:
      random() < 0.6
        ? [
            {
              id: `http://localhost:3003/credentials/status/1#${n}`,
              type: "BitstringStatusListEntry",
              statusPurpose: pick(["revocation", "suspension"]),
              statusListIndex: String(n),
              statusListCredential: "http://localhost:3003/credentials/status/1",
            },
          ]
        : undefined,
  });
  // Few distinct `created` values, so the proof-configuration cache is hit as well as missed.
  const created = pick(["2021-06-01T10:00:00Z", "2022-01-01T00:00:00Z", "2023-03-04T05:06:07Z"]);
  const type: W3cProofType = n % 5 === 4 ? "Ed25519Signature2020" : "eddsa-rdfc-2022";
  return { credential, created, type };
};

const cases = Array.from({ length: 40 }, (_, n) => randomCase(n));

// The reference runs in a fresh process: plain jsonld-signatures, the Digital Bazaar signer and suites
// as shipped, none of this package's caches or jsonld tuning.
const referenceScript = `
import { DataIntegrityProof } from "@digitalbazaar/data-integrity";
import * as Ed25519Multikey from "@digitalbazaar/ed25519-multikey";
import { Ed25519Signature2020 } from "@digitalbazaar/ed25519-signature-2020";
import { cryptosuite } from "@digitalbazaar/eddsa-rdfc-2022-cryptosuite";
import jsigs from "jsonld-signatures";
import { createDocumentLoader } from ${JSON.stringify(pathToFileURL(`${import.meta.dirname}/document-loader.ts`).href)};
const input = JSON.parse(await new Response(process.stdin).text());
const keyPair = await Ed25519Multikey.generate({ id: input.keyId, controller: input.issuer, seed: new Uint8Array(input.seed) });
const signer = keyPair.signer();
const documentLoader = createDocumentLoader();
const out = [];
for (const { credential, created, type } of input.cases) {
  const date = created;
  const suite = type === "Ed25519Signature2020"
    ? new Ed25519Signature2020({ signer, date })
    : new DataIntegrityProof({ signer, date, cryptosuite });
  const purpose = new jsigs.purposes.AssertionProofPurpose();
  out.push(await jsigs.sign(credential, { suite, purpose, documentLoader }));
}
process.stdout.write(JSON.stringify(out));
`;

const signReference = (): Record<string, unknown>[] =>
  JSON.parse(
    execFileSync(process.execPath, ["--import", "tsx", "--input-type=module", "-e", referenceScript], {
      cwd: import.meta.dirname,
      input: JSON.stringify({ issuer, keyId, seed, cases }),
      encoding: "utf8",
      maxBuffer: 64 * 1024 * 1024,
    }),
  );

describe("the optimised W3C signing path", () => {
  it("gives the same proofs, byte for byte, as plain jsonld-signatures for varied credentials", async () => {
    const keyPair = await Ed25519Multikey.generate({ id: keyId, controller: issuer, seed: new Uint8Array(seed) });
    const signer = await createW3cSigner({
      id: keyId,
      publicKeyMultibase: keyPair.publicKeyMultibase,
      secretKeyMultibase: keyPair.secretKeyMultibase as string,
    });
    const method = await keyPair.export({ publicKey: true, includeContext: true });
    const documentLoader = createDocumentLoader({ documents: issuerDocuments(issuer, method) });
    const reference = signReference();
    const optimised = [];
    for (const { credential, created, type } of cases) {
      const before = JSON.stringify(credential);
      optimised.push(await signW3cCredential({ credential, signer, documentLoader, created, type }));
      expect(JSON.stringify(credential), "signing leaves the caller's credential as it was").toBe(before);
    }
    expect(reference).toHaveLength(cases.length);
    for (const [index, signed] of optimised.entries()) {
      const { proof, ...document } = signed;
      const { proof: referenceProof, ...referenceDocument } = reference[index] as Record<string, unknown>;
      expect(JSON.stringify(document)).toBe(JSON.stringify(referenceDocument));
      expect(proof).toEqual(referenceProof);
    }
    const results = await Promise.all(
      optimised.map((credential) => verifyW3cCredential({ credential, documentLoader })),
    );
    expect(results.map((result) => result.checks[1]?.status)).toEqual(cases.map(() => "passed"));
  }, 60_000);
});
