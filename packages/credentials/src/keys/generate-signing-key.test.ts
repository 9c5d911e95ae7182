import * as Ed25519Multikey from "@digitalbazaar/ed25519-multikey";
import { describe, expect, it } from "vitest";
import { shcKid } from "../shc/shc-keys.ts";
import { generateSigningKey, type KeyAlgorithm } from "./generate-signing-key.ts";

// fromJwk exists in the library but not in the package's local type declaration, which this test may not edit.
const fromJwk = (
  Ed25519Multikey as unknown as {
    fromJwk(options: { jwk: JsonWebKey; secretKey: boolean }): Promise<Ed25519Multikey.Ed25519KeyPair>;
  }
).fromJwk;

const PRIVATE_MEMBERS = ["d", "p", "q", "dp", "dq", "qi"];
const WEBCRYPTO = {
  ED25519: { import: { name: "Ed25519" }, sign: { name: "Ed25519" } },
  P256: { import: { name: "ECDSA", namedCurve: "P-256" }, sign: { name: "ECDSA", hash: "SHA-256" } },
  RSA: { import: { name: "RSA-PSS", hash: "SHA-256" }, sign: { name: "RSA-PSS", saltLength: 32 } },
} as const;

describe("generateSigningKey", () => {
  it.each(["ED25519", "P256", "RSA"] as KeyAlgorithm[])(
    "makes a %s key whose private JWK signs and public JWK verifies",
    async (algorithm) => {
      const key = await generateSigningKey({ algorithm });
      for (const member of PRIVATE_MEMBERS) expect(key.publicJwk).not.toHaveProperty(member);
      expect(key.privateJwk).toHaveProperty("d");
      const { import: params, sign } = WEBCRYPTO[algorithm];
      const privateKey = await crypto.subtle.importKey("jwk", key.privateJwk, params, false, ["sign"]);
      const { kid: _kid, alg: _alg, use: _use, ...bare } = key.publicJwk;
      const publicKey = await crypto.subtle.importKey("jwk", bare, params, false, ["verify"]);
      const data = new TextEncoder().encode("dose 2 of 2");
      const signature = await crypto.subtle.sign(sign, privateKey, data);
      expect(await crypto.subtle.verify(sign, publicKey, signature, data)).toBe(true);
    },
  );

  it("names an Ed25519 key by its multibase, which the W3C signer derives from the private JWK too", async () => {
    const key = await generateSigningKey({ algorithm: "ED25519" });
    expect(key.kid).toMatch(/^z6Mk/);
    expect(key.publicKeyMultibase).toBe(key.kid);
    expect(key.publicJwk).toMatchObject({ kty: "OKP", crv: "Ed25519", alg: "EdDSA", use: "sig", kid: key.kid });
    const multikey = await fromJwk({ jwk: key.privateJwk, secretKey: true });
    expect(multikey.publicKeyMultibase).toBe(key.kid);
  });

  it("names a P-256 key by its RFC 7638 thumbprint, the kid SMART Health Cards require", async () => {
    const key = await generateSigningKey({ algorithm: "P256" });
    expect(key.kid).toBe(await shcKid(key.publicJwk));
    expect(key.publicJwk).toMatchObject({ kty: "EC", crv: "P-256", alg: "ES256", use: "sig", kid: key.kid });
  });

  it("makes RSA keys of 2048 bits for PS256", async () => {
    const key = await generateSigningKey({ algorithm: "RSA" });
    expect(key.publicJwk).toMatchObject({ kty: "RSA", e: "AQAB", alg: "PS256" });
    expect(Buffer.from(key.publicJwk.n as string, "base64url").length * 8).toBe(2048);
  });

  it("refuses an unknown algorithm", async () => {
    await expect(generateSigningKey({ algorithm: "DSA" as KeyAlgorithm })).rejects.toThrow(
      /Unknown key algorithm "DSA"/,
    );
  });
});
