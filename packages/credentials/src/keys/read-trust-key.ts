import "reflect-metadata";
import * as x509 from "@peculiar/x509";
import { decodeBase58 } from "../divoc/base58.ts";
import { encodeBase64, pemToDer } from "../divoc/encoding.ts";
import { parseCertificate } from "../eu-dcc/certificates.ts";
import type { TrustKey } from "../verify/types.ts";

// A pasted key is a few kilobytes at most; anything longer is not one key.
const MAX_KEY_TEXT = 16_384;
const ED25519_MULTICODEC = [0xed, 0x01];

const webCryptoAlgorithm = (jwk: JsonWebKey): EcKeyImportParams | RsaHashedImportParams | Algorithm => {
  if (jwk.kty === "EC") return { name: "ECDSA", namedCurve: jwk.crv ?? "" };
  if (jwk.kty === "RSA") {
    // Web Crypto refuses a JWK whose `alg` names another RSA scheme than the one it is imported for.
    const hash = `SHA-${jwk.alg?.slice(2) || "256"}`;
    return { name: jwk.alg?.startsWith("PS") ? "RSA-PSS" : "RSASSA-PKCS1-v1_5", hash };
  }
  if (jwk.kty === "OKP" && jwk.crv === "Ed25519") return { name: "Ed25519" };
  throw new Error(
    `a JWK of type ${jwk.kty ?? "(none)"}${jwk.crv ? ` on ${jwk.crv}` : ""} is not a signing key we read`,
  );
};

const readJwk = async (text: string): Promise<TrustKey> => {
  let jwk: JsonWebKey & { kid?: string };
  try {
    jwk = JSON.parse(text);
  } catch {
    throw new Error("it starts like a JWK but is not valid JSON");
  }
  if (!jwk || typeof jwk !== "object" || Array.isArray(jwk)) throw new Error("a JWK is a JSON object");
  if ("d" in jwk) throw new Error("this JWK holds a private key; paste only the public key");
  try {
    await crypto.subtle.importKey("jwk", jwk, webCryptoAlgorithm(jwk), true, ["verify"]);
  } catch (error) {
    throw new Error(`the JWK is not a usable public key (${(error as Error).message})`);
  }
  return { ...(jwk.kid ? { kid: jwk.kid } : {}), publicKeyJwk: jwk };
};

const readPublicKeyPem = (text: string): string => {
  const { label, der } = pemToDer(text);
  if (label !== "PUBLIC KEY")
    throw new Error(`a "${label}" PEM is not a public key; paste a "PUBLIC KEY" or "CERTIFICATE"`);
  try {
    new x509.PublicKey(der);
  } catch (error) {
    throw new Error(`the PEM is not a readable public key (${(error as Error).message})`);
  }
  return text;
};

const readMultibase = (text: string): string => {
  let bytes: Uint8Array;
  try {
    bytes = decodeBase58(text.slice(1));
  } catch {
    throw new Error("a multibase key starting with z must be base58btc");
  }
  if (bytes.length !== 34 || bytes[0] !== ED25519_MULTICODEC[0] || bytes[1] !== ED25519_MULTICODEC[1]) {
    throw new Error("the multibase key is not an Ed25519 public key");
  }
  return text;
};

const readCertificate = (text: string): string => {
  try {
    return encodeBase64(new Uint8Array(parseCertificate(text).rawData));
  } catch (error) {
    throw new Error(`the certificate is not a readable X.509 certificate (${(error as Error).message})`);
  }
};

/** Splits an optional first line `kid: <id>` from a pasted key. */
const splitKid = (text: string): { kid?: string; body: string } => {
  const match = /^kid:\s*(\S+)\s*\n([\s\S]*)$/i.exec(text);
  return match?.[1] && match[2] !== undefined ? { kid: match[1], body: match[2].trim() } : { body: text };
};

/**
 * Reads one key an admin pasted, in any form the trust list takes: a PEM public key, a JWK, an Ed25519 multibase
 * key, or an X.509 certificate as PEM or base64 DER, optionally preceded by a line `kid: <id>`. Throws an Error
 * whose message says, in words an admin can act on, why the text is not a key.
 */
export const readTrustKey = async (input: string): Promise<TrustKey> => {
  if (input.length > MAX_KEY_TEXT) throw new Error(`a key is at most ${MAX_KEY_TEXT} characters`);
  const { kid, body } = splitKid(input.trim().replace(/\r\n/g, "\n"));
  const withKid = <K extends TrustKey>(key: K): K => (kid ? { ...key, kid } : key);
  if (body === "") throw new Error("the key is empty");
  if (body.startsWith("{")) return withKid(await readJwk(body));
  if (body.startsWith("-----BEGIN CERTIFICATE-----")) return withKid({ certificate: readCertificate(body) });
  if (body.startsWith("-----BEGIN")) return withKid({ publicKeyPem: readPublicKeyPem(body) });
  if (/^z[1-9A-HJ-NP-Za-km-z]+$/.test(body)) return withKid({ publicKeyMultibase: readMultibase(body) });
  if (/^[A-Za-z0-9+/=\r\n]+$/.test(body)) return withKid({ certificate: readCertificate(body) });
  throw new Error("not a PEM public key, X.509 certificate, JWK or multibase key");
};
