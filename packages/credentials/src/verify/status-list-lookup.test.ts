import * as Ed25519Multikey from "@digitalbazaar/ed25519-multikey";
import { beforeAll, describe, expect, it } from "vitest";
import { createStatusList, encodeStatusList, setStatus } from "../status/bitstring.ts";
import { buildStatusListCredential, type StatusPurpose, statusEntry } from "../status/status-list-credential.ts";
import { buildStatusReasonsCredential, type StatusReasons } from "../status/status-reasons-credential.ts";
import { createDocumentLoader, type DocumentLoader } from "../w3c/document-loader.ts";
import { issueVaccinationCredential } from "../w3c/issue-vaccination-credential.ts";
import { issuerDocuments } from "../w3c/issuer-documents.ts";
import type { W3cSigner } from "../w3c/suites.ts";
import {
  couldNotCheckStatus,
  createStatusListLookup,
  createVerifiedLists,
  type TrustList,
  type VerifyResult,
  verify,
} from "./index.ts";

// A tenant of the platform as the verify app sees it: a did:web issuer whose key the trust list holds by multibase.
const did = "did:web:localhost%3A3003:tenants:demo";
const listUrl = (purpose: StatusPurpose) => `http://localhost:3003/tenants/demo/status/${purpose}/1`;

type Signed = Record<string, unknown>;
let trust: TrustList;
let signer: W3cSigner;
let documentLoader: DocumentLoader;
let lists: Record<string, Signed>;
const credentials: Record<number, Signed> = {};

const publish = async (purpose: StatusPurpose, setIndexes: number[], by = { signer, documentLoader, issuer: did }) => {
  const list = createStatusList();
  for (const index of setIndexes) setStatus(list, index, true);
  return buildStatusListCredential({
    id: listUrl(purpose),
    issuer: by.issuer,
    purpose,
    list,
    validFrom: "2024-01-01T00:00:00Z",
    signer: by.signer,
    documentLoader: by.documentLoader,
  });
};

const issueAt = (index: number) =>
  issueVaccinationCredential({
    issuer: did,
    signer,
    documentLoader,
    id: `urn:vax:certificate:TEST-000${index}`,
    validFrom: "2025-01-01T00:00:00Z",
    recipient: { name: "Asha Rao", birthDate: "1985-04-12" },
    doses: [
      {
        vaccine: { name: "COVISHIELD", manufacturer: { name: "Serum Institute of India" } },
        batch: "4121Z005",
        date: "2025-01-01",
        doseNumber: 1,
        totalDoses: 2,
        facility: { name: "PHC Jayanagar", country: "IND" },
      },
    ],
    credentialStatus: (["revocation", "suspension"] as const).map((purpose) =>
      statusEntry({ listCredentialUrl: listUrl(purpose), index, purpose }),
    ),
  });

const fetchList = async (url: string) => {
  const list = lists[url];
  if (list === undefined) throw new Error("Failed to fetch");
  return list;
};
const check = (credential: Signed, fetch: (url: string) => Promise<unknown> = fetchList) =>
  verify(credential, { trust, status: createStatusListLookup({ trust, fetchList: fetch }) });
const checkOf = (result: VerifyResult, name: string) => result.checks.find((c) => c.name === name);

beforeAll(async () => {
  const keyPair = await Ed25519Multikey.generate({ controller: did, seed: new Uint8Array(32).fill(3) });
  const multibase = keyPair.publicKeyMultibase as string;
  keyPair.id = `${did}#${multibase}`;
  const method = await keyPair.export({ publicKey: true, includeContext: true });
  documentLoader = createDocumentLoader({ documents: issuerDocuments(did, method) });
  signer = keyPair.signer();
  trust = {
    issuers: [
      { name: "Demo Ministry of Health", ids: [did], keys: [{ kid: multibase, publicKeyMultibase: multibase }] },
    ],
  };
  lists = {
    [listUrl("revocation")]: await publish("revocation", [2]),
    [listUrl("suspension")]: await publish("suspension", [3]),
  };
  for (const index of [1, 2, 3, 4]) credentials[index] = await issueAt(index);
});

const reasonsOf = (purpose: StatusPurpose, reasons: StatusReasons, by = { signer, documentLoader, issuer: did }) =>
  buildStatusReasonsCredential({
    listUrl: listUrl(purpose),
    issuer: by.issuer,
    purpose,
    size: 131_072,
    reasons,
    validFrom: "2024-01-01T00:00:00Z",
    validUntil: "2099-01-01T00:00:00Z",
    signer: by.signer,
    documentLoader: by.documentLoader,
  });

describe("createStatusListLookup", () => {
  it("passes a certificate whose bits are clear in its issuer's signed lists", async () => {
    const result = await check(credentials[1] as Signed);
    expect(result.checks.filter((c) => c.status === "failed")).toEqual([]);
    expect(result.verified).toBe(true);
    expect(checkOf(result, "revocation")).toMatchObject({ status: "passed" });
    expect(checkOf(result, "suspension")).toMatchObject({ status: "passed" });
  });

  it("fails a revoked certificate at revocation and a suspended one at suspension", async () => {
    const revoked = await check(credentials[2] as Signed);
    expect(revoked.verified).toBe(false);
    expect(checkOf(revoked, "revocation")).toMatchObject({
      status: "failed",
      reason: expect.stringMatching(/revoked/),
    });
    const suspended = await check(credentials[3] as Signed);
    expect(checkOf(suspended, "revocation")?.status).toBe("passed");
    expect(checkOf(suspended, "suspension")).toMatchObject({
      status: "failed",
      reason: expect.stringMatching(/suspended/),
    });
  });

  it("verifies a list handed back as the same object once, and a changed copy afresh", async () => {
    const verified = createVerifiedLists();
    const original = lists[listUrl("revocation")] as Signed;
    const checkKept = (fetch: (url: string) => Promise<unknown>) =>
      verify(credentials[2] as Signed, {
        trust,
        status: createStatusListLookup({ trust, fetchList: fetch, verified }),
      });
    expect(checkOf(await checkKept(fetchList), "revocation")).toMatchObject({ status: "failed" });
    expect(verified.has(original)).toBe(true);
    // A forged copy is another object: it is verified, and refused, whatever was verified before.
    const cleared = { ...(original.credentialSubject as Signed), encodedList: encodeStatusList(createStatusList()) };
    const forged = { ...original, credentialSubject: cleared };
    const result = await checkKept(async (url) => (url === listUrl("revocation") ? forged : fetchList(url)));
    expect(result.verified).toBe(false);
    expect(checkOf(result, "revocation")?.reason).toMatch(/not validly signed/);
  });

  it("does not believe a list whose bits were changed after signing", async () => {
    const original = lists[listUrl("revocation")] as Signed;
    const cleared = { ...(original.credentialSubject as Signed), encodedList: encodeStatusList(createStatusList()) };
    const forged = { ...lists, [listUrl("revocation")]: { ...original, credentialSubject: cleared } };
    const result = await check(credentials[2] as Signed, async (url) => forged[url] as Signed);
    expect(result.verified).toBe(false);
    expect(checkOf(result, "revocation")).toMatchObject({
      status: "failed",
      reason: expect.stringMatching(/^Could not check revocation: the status list .* is not validly signed/),
    });
  });

  it("does not believe a list signed by a key the trust list does not hold", async () => {
    const stranger = await Ed25519Multikey.generate({ controller: did, seed: new Uint8Array(32).fill(4) });
    stranger.id = `${did}#${stranger.publicKeyMultibase}`;
    const strangerMethod = await stranger.export({ publicKey: true, includeContext: true });
    const by = {
      issuer: did,
      signer: stranger.signer(),
      documentLoader: createDocumentLoader({ documents: issuerDocuments(did, strangerMethod) }),
    };
    const forged = { ...lists, [listUrl("revocation")]: await publish("revocation", [], by) };
    const result = await check(credentials[2] as Signed, async (url) => forged[url] as Signed);
    expect(checkOf(result, "revocation")).toMatchObject({
      status: "failed",
      reason: expect.stringMatching(/not validly signed/),
    });
  });

  it("says it could not check revocation when a list cannot be had, and answers nothing without an entry", async () => {
    const offline = await check(credentials[1] as Signed, async () => {
      throw new Error("Failed to fetch");
    });
    expect(offline.verified).toBe(false);
    expect(checkOf(offline, "revocation")).toEqual({
      name: "revocation",
      status: "failed",
      reason: `Could not check revocation: the issuer's status list could not be fetched (${listUrl("revocation")}: Failed to fetch)`,
    });
    expect(checkOf(offline, "suspension")?.reason).toMatch(/^Could not check suspension: the issuer's status list/);
    expect(couldNotCheckStatus(offline)).toBe(true);
    expect(offline.subject?.name).toBe("Asha Rao");
    const lookup = createStatusListLookup({ trust, fetchList });
    expect(await lookup({ purpose: "revocation", format: "w3c", issuer: did })).toBeUndefined();
  });

  it("says it could not check when a list is unusable: an HTML page, a list without its bits", async () => {
    for (const answer of [
      "<html>Service unavailable</html>",
      { ...lists[listUrl("revocation")], credentialSubject: {} },
    ]) {
      const result = await check(credentials[1] as Signed, async () => answer);
      expect(checkOf(result, "revocation")).toMatchObject({
        status: "failed",
        reason: expect.stringMatching(/^Could not check revocation: the status list .* is not validly signed/),
      });
      expect(couldNotCheckStatus(result)).toBe(true);
    }
  });

  it("does not call a revoked certificate one that could not be checked, nor a forged one", async () => {
    expect(couldNotCheckStatus(await check(credentials[2] as Signed))).toBe(false);
    const forged = { ...(credentials[1] as Signed), id: "urn:vax:certificate:FORGED" };
    const result = await check(forged, async () => {
      throw new Error("Failed to fetch");
    });
    expect(checkOf(result, "signature")?.status).toBe("failed");
    expect(couldNotCheckStatus(result)).toBe(false);
  });
});

describe("the reasons a list's signed companion gives for a set bit", () => {
  const withReasons = async () => ({
    [listUrl("revocation")]: await publish("revocation", [2, 4]),
    [listUrl("suspension")]: await publish("suspension", [3]),
    [`${listUrl("revocation")}/reasons`]: await reasonsOf("revocation", { superseded: [4] }),
    [`${listUrl("suspension")}/reasons`]: await reasonsOf("suspension", {
      suspendedUntil: [{ index: 3, until: "2031-05-01T00:00:00Z" }],
    }),
  });

  it("tells superseded from revoked, and says until when a certificate is suspended, withholding the holder", async () => {
    const published: Record<string, Signed> = await withReasons();
    const from = async (url: string) => published[url] ?? Promise.reject(new Error("404"));
    const superseded = await check(credentials[4] as Signed, from);
    expect(superseded).toMatchObject({ verified: false, subject: null, standing: { state: "superseded" } });
    expect(checkOf(superseded, "revocation")?.reason).toBe(
      "Superseded: the issuer replaced this certificate with a newer version.",
    );
    const revoked = await check(credentials[2] as Signed, from);
    expect(revoked).toMatchObject({ subject: null, standing: { state: "revoked" } });
    expect(checkOf(revoked, "revocation")?.reason).toBe("The issuer has revoked this certificate.");
    const suspended = await check(credentials[3] as Signed, from);
    expect(suspended).toMatchObject({ subject: null, standing: { state: "suspended", until: "2031-05-01T00:00:00Z" } });
    expect(checkOf(suspended, "suspension")?.reason).toBe(
      "The issuer has suspended this certificate until 2031-05-01T00:00:00Z.",
    );
    const active = await check(credentials[1] as Signed, from);
    expect(active.standing).toBeUndefined();
    expect(active.subject?.name).toBe("Asha Rao");
  });

  it("keeps the bit's plain meaning when the companion is missing, forged or signed by someone else", async () => {
    const published: Record<string, Signed> = await withReasons();
    const companionUrl = `${listUrl("revocation")}/reasons`;
    const genuine = published[companionUrl] as Signed;
    const stranger = await Ed25519Multikey.generate({ controller: did, seed: new Uint8Array(32).fill(5) });
    stranger.id = `${did}#${stranger.publicKeyMultibase}`;
    const strangerMethod = await stranger.export({ publicKey: true, includeContext: true });
    const byStranger = {
      issuer: did,
      signer: stranger.signer(),
      documentLoader: createDocumentLoader({ documents: issuerDocuments(did, strangerMethod) }),
    };
    const tampered = {
      ...genuine,
      credentialSubject: {
        ...(genuine.credentialSubject as Signed),
        supersededList: ((await reasonsOf("revocation", { superseded: [2, 4] })).credentialSubject as Signed)
          .supersededList,
      },
    };
    for (const companion of [undefined, tampered, await reasonsOf("revocation", { superseded: [2] }, byStranger)]) {
      const from = async (url: string) =>
        (url === companionUrl ? companion : published[url]) ?? Promise.reject(new Error("404"));
      const result = await check(credentials[2] as Signed, from);
      expect(result.standing).toEqual({ state: "revoked" });
      expect(checkOf(result, "revocation")?.reason).toBe("The issuer has revoked this certificate.");
    }
  });
});
