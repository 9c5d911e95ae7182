import * as Ed25519Multikey from "@digitalbazaar/ed25519-multikey";
import { beforeAll, describe, expect, it } from "vitest";
import { createDocumentLoader, type DocumentLoader, signW3cCredential, type W3cSigner } from "../w3c/index.ts";
import { issuerDocuments } from "../w3c/issuer-documents.ts";
import { createStatusList, encodeStatusList, setStatus } from "./bitstring.ts";
import { checkCredentialStatus } from "./check-credential-status.ts";
import { STATUS_LIST_2021_CONTEXT_URL, withStatusList2021Context } from "./status-list-2021-context.ts";
import { buildStatusListCredential, type StatusPurpose, statusEntry } from "./status-list-credential.ts";

const issuer = "did:web:localhost%3A3003";
const keyId = `${issuer}#key-1`;
const revocationUrl = "http://localhost:3003/status/revocation/1";
const suspensionUrl = "http://localhost:3003/status/suspension/1";
const now = new Date("2025-01-01T00:00:00Z");

let signer: W3cSigner;
let documentLoader: DocumentLoader;
let lists: Record<string, Record<string, unknown>>;

const publish = (url: string, purpose: StatusPurpose, setIndexes: number[] = []) => {
  const list = createStatusList();
  for (const index of setIndexes) setStatus(list, index, true);
  return buildStatusListCredential({
    id: url,
    issuer,
    purpose,
    list,
    validFrom: "2024-01-01T00:00:00Z",
    signer,
    documentLoader,
  });
};

const credentialWith = (index: number, credentialIssuer = issuer) => ({
  "@context": ["https://www.w3.org/ns/credentials/v2"],
  type: ["VerifiableCredential"],
  issuer: credentialIssuer,
  credentialStatus: [
    statusEntry({ listCredentialUrl: revocationUrl, index, purpose: "revocation" }),
    statusEntry({ listCredentialUrl: suspensionUrl, index, purpose: "suspension" }),
  ],
});

const fetchList = async (url: string) => {
  const list = lists[url];
  if (list === undefined) throw new Error("404 Not Found");
  return list;
};
const check = (credential: unknown) => checkCredentialStatus({ credential, fetchList, documentLoader, now });

beforeAll(async () => {
  const keyPair = await Ed25519Multikey.generate({ id: keyId, controller: issuer, seed: new Uint8Array(32).fill(9) });
  const method = await keyPair.export({ publicKey: true, includeContext: true });
  documentLoader = createDocumentLoader({ documents: issuerDocuments(issuer, method) });
  signer = keyPair.signer();
  lists = {
    [revocationUrl]: await publish(revocationUrl, "revocation", [7]),
    [suspensionUrl]: await publish(suspensionUrl, "suspension", [8]),
  };
});

describe("status list credential", () => {
  it("is a signed BitstringStatusListCredential", () => {
    const credential = lists[revocationUrl] as Record<string, unknown>;
    expect(credential.type).toEqual(["VerifiableCredential", "BitstringStatusListCredential"]);
    expect(credential.credentialSubject).toMatchObject({
      id: `${revocationUrl}#list`,
      type: "BitstringStatusList",
      statusPurpose: "revocation",
    });
    expect(credential.proof).toMatchObject({ type: "DataIntegrityProof", cryptosuite: "eddsa-rdfc-2022" });
  });

  it("gives an entry that names the list and the index as a string", () => {
    expect(statusEntry({ listCredentialUrl: revocationUrl, index: 94567, purpose: "revocation" })).toEqual({
      id: `${revocationUrl}#94567`,
      type: "BitstringStatusListEntry",
      statusPurpose: "revocation",
      statusListIndex: "94567",
      statusListCredential: revocationUrl,
    });
  });
});

describe("checkCredentialStatus", () => {
  it("passes a credential whose bits are clear", async () => {
    const checks = await check(credentialWith(0));
    expect(checks.map((c) => [c.name, c.status])).toEqual([
      ["revocation", "passed"],
      ["suspension", "passed"],
    ]);
  });

  it("fails a revoked credential and a suspended one, saying so", async () => {
    const [revocation, suspension] = await check(credentialWith(7));
    expect(revocation).toMatchObject({ status: "failed", reason: expect.stringContaining("revoked by the issuer") });
    expect(suspension?.status).toBe("passed");
    const [, suspended] = await check(credentialWith(8));
    expect(suspended).toMatchObject({ status: "failed", reason: expect.stringContaining("suspended by the issuer") });
  });

  it("fails when the list's encodedList has been tampered with", async () => {
    const original = lists[revocationUrl] as Record<string, unknown>;
    const subject = original.credentialSubject as Record<string, unknown>;
    const forged = createStatusList();
    lists[revocationUrl] = { ...original, credentialSubject: { ...subject, encodedList: encodeStatusList(forged) } };
    try {
      const [revocation] = await check(credentialWith(7));
      expect(revocation).toMatchObject({ status: "failed", reason: expect.stringContaining("not validly signed") });
    } finally {
      lists[revocationUrl] = original;
    }
  });

  it("fails when the entry's purpose does not match the list's", async () => {
    const credential = {
      ...credentialWith(0),
      credentialStatus: { ...statusEntry({ listCredentialUrl: suspensionUrl, index: 0, purpose: "revocation" }) },
    };
    const [revocation, suspension] = await check(credential);
    expect(revocation).toMatchObject({ status: "failed", reason: expect.stringContaining("not a revocation list") });
    expect(suspension?.status).toBe("skipped");
  });

  it("fails when the list is signed by someone other than the credential's issuer", async () => {
    const [revocation] = await check(credentialWith(0, "did:web:elsewhere.example"));
    expect(revocation).toMatchObject({ status: "failed", reason: expect.stringContaining("not by the credential") });
  });

  it("fails with a reason when the list cannot be fetched or the index is past its end", async () => {
    const missing = {
      ...credentialWith(0),
      credentialStatus: statusEntry({ listCredentialUrl: "http://x/none", index: 0, purpose: "revocation" }),
    };
    expect((await check(missing))[0]?.reason).toContain("could not be fetched (http://x/none: 404 Not Found)");
    const [past] = await check(credentialWith(131072));
    expect(past?.reason).toContain("outside the revocation list");
  });

  it("skips purposes the credential has no entry for and never throws on junk", async () => {
    expect((await check({ type: ["VerifiableCredential"] })).map((c) => c.status)).toEqual(["skipped", "skipped"]);
    expect((await check("not a credential")).map((c) => c.status)).toEqual(["skipped", "skipped"]);
  });

  it("reads StatusList2021 lists", async () => {
    const list = createStatusList();
    setStatus(list, 5, true);
    const url = "http://localhost:3003/status/2021/1";
    const signed = await signW3cCredential({
      credential: {
        "@context": ["https://www.w3.org/2018/credentials/v1", STATUS_LIST_2021_CONTEXT_URL],
        id: url,
        type: ["VerifiableCredential", "StatusList2021Credential"],
        issuer,
        issuanceDate: "2024-01-01T00:00:00Z",
        credentialSubject: {
          id: `${url}#list`,
          type: "StatusList2021",
          statusPurpose: "revocation",
          encodedList: encodeStatusList(list).slice(1),
        },
      },
      signer,
      documentLoader: withStatusList2021Context(documentLoader),
      type: "Ed25519Signature2020",
    });
    const entry = (index: number) => ({
      id: `${url}#${index}`,
      type: "StatusList2021Entry",
      statusPurpose: "revocation",
      statusListIndex: String(index),
      statusListCredential: url,
    });
    const fetch2021 = async () => signed;
    const [revoked] = await checkCredentialStatus({
      credential: { issuer, credentialStatus: entry(5) },
      fetchList: fetch2021,
      documentLoader,
      now,
    });
    expect(revoked).toMatchObject({ status: "failed", reason: expect.stringContaining("revoked by the issuer") });
    const [clear] = await checkCredentialStatus({
      credential: { issuer, credentialStatus: entry(4) },
      fetchList: fetch2021,
      documentLoader,
      now,
    });
    expect(clear?.status).toBe("passed");
  });
});
