import { calculateJwkThumbprint } from "jose";
import { encodeBase64Url } from "./base64url.ts";

const ecdsa = { name: "ECDSA", namedCurve: "P-256" } as const;

/** A P-256 key ready to sign SMART Health Cards, with its public JWK and RFC 7638 thumbprint kid. */
export type ShcSigningKey = { privateKey: CryptoKey; publicJwk: JsonWebKey & { kid: string }; kid: string };

/** The public part of an EC JWK, as published in `/.well-known/jwks.json`. */
export const toPublicShcJwk = (jwk: JsonWebKey): JsonWebKey => {
  const { kty, crv, x, y } = jwk;
  if (kty !== "EC" || crv !== "P-256" || !x || !y) throw new Error("a SMART Health Card key must be an EC P-256 JWK");
  return { kty, crv, x, y, use: "sig", alg: "ES256" };
};

/** The kid SMART Health Cards require: the base64url SHA-256 JWK thumbprint (RFC 7638) of the public key. */
export const shcKid = async (jwk: JsonWebKey): Promise<string> => {
  const { kty, crv, x, y } = toPublicShcJwk(jwk);
  return calculateJwkThumbprint({ kty, crv, x, y }, "sha256");
};

/** Imports a private EC P-256 JWK (with `d`) once, so that each signature skips the import. */
export const importShcSigningKey = async (privateJwk: JsonWebKey): Promise<ShcSigningKey> => {
  if (!privateJwk.d) throw new Error("the signing JWK has no private part (d)");
  const kid = await shcKid(privateJwk);
  const privateKey = await crypto.subtle.importKey("jwk", { ...privateJwk, key_ops: ["sign"] }, ecdsa, false, ["sign"]);
  return { privateKey, publicJwk: { ...toPublicShcJwk(privateJwk), kid }, kid };
};

/** Generates a fresh P-256 key pair for SMART Health Cards; the private JWK is returned for sealing at rest. */
export const generateShcKey = async (): Promise<{ signingKey: ShcSigningKey; privateJwk: JsonWebKey }> => {
  const pair = await crypto.subtle.generateKey(ecdsa, true, ["sign", "verify"]);
  const privateJwk = await crypto.subtle.exportKey("jwk", pair.privateKey);
  return { signingKey: await importShcSigningKey(privateJwk), privateJwk };
};

/**
 * Derives a revocation id (`vc.rid`) from the kid and the issuer's own subject id: 64 bits of
 * SHA-256, so it is stable per person and key yet reveals nothing about the person.
 */
export const computeShcRid = async (kid: string, subjectId: string): Promise<string> => {
  const digest = await crypto.subtle.digest("SHA-256", new TextEncoder().encode(`${kid}:${subjectId}`));
  return encodeBase64Url(new Uint8Array(digest).slice(0, 8));
};
