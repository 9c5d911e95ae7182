import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { derToPem } from "../divoc/encoding.ts";
import { generateSigningKey } from "./generate-signing-key.ts";
import { readPastedKey } from "./read-pasted-key.ts";

// The EU DCC common vector CO3's signer (testdata/eu-dcc, Apache-2.0).
const co3 = JSON.parse(readFileSync(new URL("../../../../testdata/eu-dcc/common/CO3.json", import.meta.url), "utf8"));
const dsc: string = co3.TESTCTX.CERTIFICATE;

describe("readPastedKey", () => {
  it("reads an X.509 certificate as base64 DER or PEM, with a kid line that must be the certificate's own", async () => {
    expect(await readPastedKey(dsc)).toEqual({ certificate: dsc });
    const pem = derToPem(
      Uint8Array.from(atob(dsc), (c) => c.charCodeAt(0)),
      "CERTIFICATE",
    );
    expect(await readPastedKey(`kid: rDaQ7oNhzJY=\n${pem}`)).toEqual({ kid: "rDaQ7oNhzJY=", certificate: dsc });
    await expect(readPastedKey(`kid: 3lTmAZX19GQ=\n${pem}`)).rejects.toThrow("not the certificate's own kid");
  });

  it("reads a public JWK with its kid and an Ed25519 multibase key", async () => {
    const p256 = await generateSigningKey({ algorithm: "P256" });
    expect(await readPastedKey(JSON.stringify(p256.publicJwk))).toEqual({
      kid: p256.publicJwk.kid,
      publicKeyJwk: p256.publicJwk,
    });
    const ed = await generateSigningKey({ algorithm: "ED25519" });
    expect(await readPastedKey(ed.publicKeyMultibase ?? "")).toEqual({ publicKeyMultibase: ed.publicKeyMultibase });
  });

  it("reads a PEM public key", async () => {
    const { publicKey } = await crypto.subtle.generateKey({ name: "ECDSA", namedCurve: "P-256" }, true, ["sign"]);
    const pem = derToPem(new Uint8Array(await crypto.subtle.exportKey("spki", publicKey)), "PUBLIC KEY");
    expect(await readPastedKey(pem)).toEqual({ publicKeyPem: pem.trim() });
  });

  it.each([
    ["", "The key is empty"],
    ["{not json", "not valid JSON"],
    ['{"kty":"EC","crv":"P-256","x":"AA","y":"AA"}', "not a usable EC public key"],
    ["-----BEGIN PRIVATE KEY-----\nAAAA\n-----END PRIVATE KEY-----", "PRIVATE key"],
    ["z6MkTooShort", "multibase"],
    ["AAAA", "certificate"],
    ["hello, world", "not a PEM public key, X.509 certificate, JWK or multibase key"],
  ])("refuses %j and says why", async (text, reason) => {
    await expect(readPastedKey(text)).rejects.toThrow(reason);
  });

  it("refuses a private JWK", async () => {
    const key = await generateSigningKey({ algorithm: "P256" });
    await expect(readPastedKey(JSON.stringify(key.privateJwk))).rejects.toThrow("PRIVATE key");
  });
});
