import { describe, expect, it } from "vitest";
import { readVector } from "../verify/vectors.ts";
import ownCredentialsV1 from "./contexts/context-credentials-v1.json";
import { CREDENTIALS_V1_URL, createDivocDocumentLoader } from "./document-loader.ts";
import type { DivocPublicKey } from "./keys.ts";
import { verifyDivocCredential } from "./verify.ts";

const read = (name: string) => readVector(`divoc/${name}`);
const json = (name: string) => JSON.parse(read(name)) as Record<string, unknown>;

const rsaKey: DivocPublicKey = { id: "did:india", publicKeyPem: read("rsa-public.pem") };
const edKey: DivocPublicKey = { id: "did:india", publicKeyBase58: json("ed25519-keys.json").publicKeyBase58 as string };
const keys = [rsaKey, edKey];

const statusOf = (result: Awaited<ReturnType<typeof verifyDivocCredential>>) =>
  Object.fromEntries(result.checks.map((check) => [check.name, check.status]));

describe("verifyDivocCredential on DIVOC's own samples", () => {
  it("accepts rsa-signed.json with rsa-public.pem", async () => {
    const result = await verifyDivocCredential(json("rsa-signed.json"), { keys });
    expect(statusOf(result)).toEqual({
      decode: "passed",
      format: "passed",
      "issuer trusted": "passed",
      signature: "passed",
    });
    expect(result).toMatchObject({ verified: true, issuer: "https://divoc.dev/", subject: "Bhaya Mitra" });
  });

  it("accepts ed25519-signed.json with the Ed25519 test key", async () => {
    const result = await verifyDivocCredential(read("ed25519-signed.json"), { keys });
    expect(result.verified).toBe(true);
  });

  it("rejects rsa-tampered.json with a signature reason", async () => {
    const result = await verifyDivocCredential(json("rsa-tampered.json"), { keys });
    expect(result.verified).toBe(false);
    expect(result.checks.find((check) => check.name === "signature")).toMatchObject({
      status: "failed",
      reason: expect.stringContaining("changed after signing"),
    });
  });

  it("rejects a one-character change of the subject's name in either sample", async () => {
    for (const name of ["rsa-signed.json", "ed25519-signed.json"]) {
      const credential = json(name);
      (credential.credentialSubject as Record<string, unknown>).name = "Bhaya Mitrb";
      const result = await verifyDivocCredential(credential, { keys });
      expect(statusOf(result).signature).toBe("failed");
    }
  });

  it("fails the issuer check when no key is known for the verification method", async () => {
    const result = await verifyDivocCredential(json("rsa-signed.json"), { keys: [{ ...rsaKey, id: "did:other" }] });
    expect(statusOf(result)).toMatchObject({ "issuer trusted": "failed", signature: "skipped" });
    expect(result.checks[2]?.reason).toContain('"did:india"');
  });

  it("fails the issuer check when the only key is of the other algorithm", async () => {
    const result = await verifyDivocCredential(json("rsa-signed.json"), { keys: [edKey] });
    expect(result.checks[2]).toMatchObject({ status: "failed", reason: expect.stringContaining("not an RSA key") });
  });

  it("fails the signature with another RSA key", async () => {
    const other = await crypto.subtle.generateKey(
      { name: "RSA-PSS", modulusLength: 2048, publicExponent: new Uint8Array([1, 0, 1]), hash: "SHA-256" },
      true,
      ["sign", "verify"],
    );
    const publicKeyJwk = await crypto.subtle.exportKey("jwk", other.publicKey);
    const result = await verifyDivocCredential(json("rsa-signed.json"), { keys: [{ id: "did:india", publicKeyJwk }] });
    expect(statusOf(result)).toMatchObject({ "issuer trusted": "passed", signature: "failed" });
  });

  it("answers with failed checks, never a throw, for input that is not a certificate", async () => {
    for (const input of [null, 42, "not json", "{broken", new Uint8Array([1, 2, 3]), { hello: "world" }]) {
      const result = await verifyDivocCredential(input, { keys });
      expect(result.verified).toBe(false);
      expect(result.checks).toHaveLength(4);
      expect(result.checks.some((check) => check.status === "failed")).toBe(true);
    }
  });

  it("reports a context that is not bundled by its URL instead of fetching it", async () => {
    const credential = json("rsa-signed.json");
    credential["@context"] = [CREDENTIALS_V1_URL, "https://example.org/unknown/v1"];
    const result = await verifyDivocCredential(credential, { keys });
    expect(result.checks[3]).toMatchObject({
      status: "failed",
      reason: expect.stringContaining("https://example.org/unknown/v1"),
    });
  });
});

describe("createDivocDocumentLoader", () => {
  it("serves DIVOC's bundled credentials context identical to the installed W3C one", async () => {
    const { document } = await createDivocDocumentLoader()(CREDENTIALS_V1_URL);
    expect(document).toEqual(ownCredentialsV1);
  });

  it("names an unknown URL in its error", async () => {
    await expect(createDivocDocumentLoader()("https://example.org/x")).rejects.toThrow('"https://example.org/x"');
  });
});
