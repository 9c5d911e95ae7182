import { decodeBase58, encodeBase58 } from "./base58.ts";
import { decodeBase64, derToPem, pemToDer } from "./encoding.ts";

/** The security context DIVOC's key and controller objects name. */
export const SECURITY_V2_URL = "https://w3id.org/security/v2";
/** The context an Ed25519VerificationKey2018 object must name for the 2018 suite. */
export const ED25519_2018_URL = "https://w3id.org/security/suites/ed25519-2018/v1";
/** The context an Ed25519VerificationKey2020 object must name for the 2020 suite. */
export const ED25519_2020_URL = "https://w3id.org/security/suites/ed25519-2020/v1";
/** DIVOC's default `CERTIFICATE_PUBKEY_ID`, the controller of its key object. */
export const DEFAULT_CONTROLLER = "https://example.com/i/india";

/**
 * A public key a verifier holds for one DIVOC verification-method string (e.g. `did:india`):
 * DIVOC names a bare configured id, never a resolvable key, so the verifier brings the key.
 */
export type DivocPublicKey = {
  id: string;
  controller?: string;
  publicKeyPem?: string;
  publicKeyBase58?: string;
  publicKeyMultibase?: string;
  publicKeyJwk?: JsonWebKey;
};

/** A public key reduced to its algorithm and one canonical form. */
export type ResolvedKey =
  | { id: string; controller: string; kind: "rsa"; publicKeyPem: string }
  | { id: string; controller: string; kind: "ed25519"; publicKey: Uint8Array };

// multicodec prefix of an Ed25519 public key in a multibase string
const ED25519_MULTICODEC = Uint8Array.from([0xed, 0x01]);
// SPKI prefix of an Ed25519 public key: SEQUENCE { SEQUENCE { OID 1.3.101.112 }, BIT STRING }
const ED25519_SPKI_PREFIX = Uint8Array.from([0x30, 0x2a, 0x30, 0x05, 0x06, 0x03, 0x2b, 0x65, 0x70, 0x03, 0x21, 0x00]);

const startsWith = (bytes: Uint8Array, prefix: Uint8Array): boolean => prefix.every((byte, i) => bytes[i] === byte);

/** Encodes a raw Ed25519 public key as the multibase string of Ed25519VerificationKey2020. */
export const ed25519Multibase = (publicKey: Uint8Array): string => {
  const bytes = new Uint8Array(34);
  bytes.set(ED25519_MULTICODEC);
  bytes.set(publicKey, 2);
  return `z${encodeBase58(bytes)}`;
};

const ed25519FromMultibase = (value: string): Uint8Array => {
  if (!value.startsWith("z")) throw new Error("publicKeyMultibase must be base58btc (start with 'z').");
  const bytes = decodeBase58(value.slice(1));
  if (bytes.length !== 34 || !startsWith(bytes, ED25519_MULTICODEC)) {
    throw new Error("publicKeyMultibase is not an Ed25519 public key.");
  }
  return bytes.slice(2);
};

const ed25519Raw = (bytes: Uint8Array, source: string): Uint8Array => {
  if (bytes.length !== 32) throw new Error(`${source} is ${bytes.length} bytes; an Ed25519 public key is 32.`);
  return bytes;
};

/** Reduces a caller's key to RSA (as SPKI PEM) or Ed25519 (as 32 raw bytes); throws a readable error. */
export const resolvePublicKey = async (key: DivocPublicKey): Promise<ResolvedKey> => {
  const base = { id: key.id, controller: key.controller ?? DEFAULT_CONTROLLER };
  if (key.publicKeyBase58) {
    return { ...base, kind: "ed25519", publicKey: ed25519Raw(decodeBase58(key.publicKeyBase58), "publicKeyBase58") };
  }
  if (key.publicKeyMultibase) {
    return { ...base, kind: "ed25519", publicKey: ed25519FromMultibase(key.publicKeyMultibase) };
  }
  if (key.publicKeyPem) {
    const { label, der } = pemToDer(key.publicKeyPem);
    if (label !== "PUBLIC KEY") throw new Error(`Expected a "PUBLIC KEY" PEM (SPKI), got "${label}".`);
    if (der.length === 44 && startsWith(der, ED25519_SPKI_PREFIX)) {
      return { ...base, kind: "ed25519", publicKey: der.slice(12) };
    }
    return { ...base, kind: "rsa", publicKeyPem: key.publicKeyPem };
  }
  const jwk = key.publicKeyJwk;
  if (jwk?.kty === "OKP" && jwk.crv === "Ed25519" && jwk.x) {
    return { ...base, kind: "ed25519", publicKey: ed25519Raw(decodeBase64(jwk.x), "publicKeyJwk.x") };
  }
  if (jwk?.kty === "RSA") {
    const imported = await crypto.subtle.importKey("jwk", jwk, { name: "RSA-PSS", hash: "SHA-256" }, true, ["verify"]);
    const spki = new Uint8Array(await crypto.subtle.exportKey("spki", imported));
    return { ...base, kind: "rsa", publicKeyPem: derToPem(spki, "PUBLIC KEY") };
  }
  throw new Error(`Key "${key.id}" has no usable public key (PEM, base58, multibase or an RSA/Ed25519 JWK).`);
};

/** The key object DIVOC's signer publishes for this key, in the form the given proof type loads. */
export const verificationMethodFor = (key: ResolvedKey, proofType: string): Record<string, unknown> => {
  const base = { id: key.id, controller: key.controller };
  if (key.kind === "rsa") {
    return { "@context": SECURITY_V2_URL, ...base, type: "RsaVerificationKey2018", publicKeyPem: key.publicKeyPem };
  }
  if (proofType === "Ed25519Signature2020") {
    return {
      "@context": ED25519_2020_URL,
      ...base,
      type: "Ed25519VerificationKey2020",
      publicKeyMultibase: ed25519Multibase(key.publicKey),
    };
  }
  return {
    "@context": ED25519_2018_URL,
    ...base,
    type: "Ed25519VerificationKey2018",
    publicKeyBase58: encodeBase58(key.publicKey),
  };
};

/** DIVOC's controller document: it lists the key under `assertionMethod`, which the proof purpose checks. */
export const controllerFor = (key: ResolvedKey): Record<string, unknown> => ({
  "@context": SECURITY_V2_URL,
  id: key.controller,
  assertionMethod: [key.id],
});
