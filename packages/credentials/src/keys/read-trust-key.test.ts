import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { derToPem } from "../divoc/encoding.ts";
import { generateSigningKey } from "./generate-signing-key.ts";
import { readTrustKey } from "./read-trust-key.ts";

// The EU DCC common vector CO3's signer (testdata/eu-dcc, Apache-2.0).
const co3 = JSON.parse(readFileSync(new URL("../../../../testdata/eu-dcc/common/CO3.json", import.meta.url), "utf8"));
const dsc: string = co3.TESTCTX.CERTIFICATE;

describe("readTrustKey", () => {
  it("reads an X.509 certificate as base64 DER or PEM, keeping a kid line", async () => {
    expect(await readTrustKey(dsc)).toEqual({ certificate: dsc });
    const pem = derToPem(
      Uint8Array.from(atob(dsc), (c) => c.charCodeAt(0)),
      "CERTIFICATE",
    );
    expect(await readTrustKey(`kid: 3lTmAZX19GQ=\n${pem}`)).toEqual({ kid: "3lTmAZX19GQ=", certificate: dsc });
  });

  it("reads a public JWK with its kid and an Ed25519 multibase key", async () => {
    const p256 = await generateSigningKey({ algorithm: "P256" });
    expect(await readTrustKey(JSON.stringify(p256.publicJwk))).toEqual({
      kid: p256.publicJwk.kid,
      publicKeyJwk: p256.publicJwk,
    });
    const ed = await generateSigningKey({ algorithm: "ED25519" });
    expect(await readTrustKey(ed.publicKeyMultibase ?? "")).toEqual({ publicKeyMultibase: ed.publicKeyMultibase });
  });

  it("reads a PEM public key", async () => {
    const { publicKey } = await crypto.subtle.generateKey({ name: "ECDSA", namedCurve: "P-256" }, true, ["sign"]);
    const pem = derToPem(new Uint8Array(await crypto.subtle.exportKey("spki", publicKey)), "PUBLIC KEY");
    expect(await readTrustKey(pem)).toEqual({ publicKeyPem: pem.trim() });
  });

  it.each([
    ["", "the key is empty"],
    ["{not json", "not valid JSON"],
    ['{"kty":"EC","crv":"P-256","x":"AA","y":"AA"}', "not a usable public key"],
    ["-----BEGIN PRIVATE KEY-----\nAAAA\n-----END PRIVATE KEY-----", "is not a public key"],
    ["z6MkTooShort", "not an Ed25519 public key"],
    ["AAAA", "not a readable X.509 certificate"],
    ["hello, world", "not a PEM public key, X.509 certificate, JWK or multibase key"],
  ])("refuses %j and says why", async (text, reason) => {
    await expect(readTrustKey(text)).rejects.toThrow(reason);
  });

  it("refuses a private JWK", async () => {
    const key = await generateSigningKey({ algorithm: "P256" });
    await expect(readTrustKey(JSON.stringify(key.privateJwk))).rejects.toThrow("holds a private key");
  });
});
