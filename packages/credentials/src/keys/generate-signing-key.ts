import { calculateJwkThumbprint } from "jose";
import { decodeBase64 } from "../divoc/encoding.ts";
import { ed25519Multibase } from "../divoc/keys.ts";

/** Signing-key algorithms, named as the `KeyAlgorithm` enum of the database names them. */
export type KeyAlgorithm = "ED25519" | "P256" | "RSA";

/** A public JWK as published in the JWKS, with the members verifiers select keys by. */
export type PublicJwk = JsonWebKey & { kid: string; alg: string; use: "sig" };

/** A freshly generated signing key: what is published, and the private JWK to seal at rest. */
export type SigningKey = {
  algorithm: KeyAlgorithm;
  /** Ed25519: the publicKeyMultibase (the did:web fragment); P-256 and RSA: the RFC 7638 thumbprint. */
  kid: string;
  publicJwk: PublicJwk;
  privateJwk: JsonWebKey;
  /** Ed25519 only: the public key as Multikey multibase. */
  publicKeyMultibase?: string;
};

const PARAMS = {
  ED25519: { name: "Ed25519" },
  P256: { name: "ECDSA", namedCurve: "P-256" },
  // RSA keys sign DIVOC's RsaSignature2018, which is PS256.
  RSA: { name: "RSA-PSS", modulusLength: 2048, publicExponent: new Uint8Array([1, 0, 1]), hash: "SHA-256" },
} as const;

/** The JWS `alg` each algorithm signs with. */
export const JWS_ALGORITHMS: Record<KeyAlgorithm, string> = { ED25519: "EdDSA", P256: "ES256", RSA: "PS256" };

const PUBLIC_MEMBERS = ["kty", "crv", "x", "y", "n", "e"] as const;

/** Keeps only the public members of a JWK, so a private JWK can never leak through publishing. */
export const publicMembers = (jwk: JsonWebKey): JsonWebKey =>
  Object.fromEntries(PUBLIC_MEMBERS.filter((name) => jwk[name] !== undefined).map((name) => [name, jwk[name]]));

/** The Multikey multibase of an Ed25519 public JWK. */
export const ed25519JwkToMultibase = (jwk: JsonWebKey): string => {
  if (jwk.kty !== "OKP" || jwk.crv !== "Ed25519" || !jwk.x) throw new Error("The key is not an Ed25519 (OKP) JWK.");
  return ed25519Multibase(decodeBase64(jwk.x));
};

/** The kid of a public key: the multibase for Ed25519 (as did:web fragments use), the RFC 7638 thumbprint otherwise. */
export const keyIdOf = async (algorithm: KeyAlgorithm, jwk: JsonWebKey): Promise<string> =>
  algorithm === "ED25519"
    ? ed25519JwkToMultibase(jwk)
    : calculateJwkThumbprint(publicMembers(jwk) as Parameters<typeof calculateJwkThumbprint>[0], "sha256");

/** Generates a new Ed25519, P-256 or RSA-2048 signing key with its kid and public JWK. */
export const generateSigningKey = async ({ algorithm }: { algorithm: KeyAlgorithm }): Promise<SigningKey> => {
  const params = PARAMS[algorithm];
  if (!params) throw new Error(`Unknown key algorithm ${JSON.stringify(algorithm)}; use ED25519, P256 or RSA.`);
  const pair = (await crypto.subtle.generateKey(params, true, ["sign", "verify"])) as CryptoKeyPair;
  // key_ops and ext bind the JWK to this one CryptoKey; dropped so the sealed key imports for any use later.
  const { key_ops: _ops, ext: _ext, ...privateJwk } = await crypto.subtle.exportKey("jwk", pair.privateKey);
  const kid = await keyIdOf(algorithm, privateJwk);
  const publicJwk: PublicJwk = { ...publicMembers(privateJwk), kid, alg: JWS_ALGORITHMS[algorithm], use: "sig" };
  const multibase = algorithm === "ED25519" ? { publicKeyMultibase: kid } : {};
  return { algorithm, kid, publicJwk, privateJwk, ...multibase };
};
