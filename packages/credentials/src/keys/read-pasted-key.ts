import { encodeBase64, pemToDer } from "../divoc/encoding.ts";
import { MAX_KEY_CHARS } from "../trust/limits.ts";
import { RefusedKeyError, readTrustKey } from "../trust/read-key.ts";
import type { TrustKey } from "../verify/types.ts";

const refuse = (reason: string): never => {
  throw new RefusedKeyError(reason);
};

const parsedJwk = (text: string): unknown => {
  try {
    return JSON.parse(text);
  } catch {
    return refuse("It starts like a JWK but is not valid JSON.");
  }
};

const certificateBase64 = (pem: string): string => {
  try {
    return encodeBase64(pemToDer(pem).der);
  } catch (error) {
    return refuse(`The certificate PEM cannot be read: ${(error as Error).message}`);
  }
};

/** Splits an optional first line `kid: <id>` from a pasted key. */
const splitKid = (text: string): { kid?: string; body: string } => {
  const match = /^kid:\s*(\S+)\s*\n([\s\S]*)$/i.exec(text);
  return match?.[1] && match[2] !== undefined ? { kid: match[1], body: match[2].trim() } : { body: text };
};

/** The trust-list key a pasted text stands for, by its look, before it is checked. */
const keyOfText = (body: string): Record<string, unknown> => {
  if (body.startsWith("{")) {
    const jwk = parsedJwk(body) as { kid?: unknown };
    return { ...(typeof jwk?.kid === "string" ? { kid: jwk.kid } : {}), publicKeyJwk: jwk };
  }
  if (body.startsWith("-----BEGIN CERTIFICATE-----")) return { certificate: certificateBase64(body) };
  if (body.startsWith("-----BEGIN")) return { publicKeyPem: body };
  if (/^z[1-9A-HJ-NP-Za-km-z]+$/.test(body)) return { publicKeyMultibase: body };
  if (/^[A-Za-z0-9+/=\r\n]+$/.test(body)) return { certificate: body.replace(/\s+/g, "") };
  return refuse("It is not a PEM public key, X.509 certificate, JWK or multibase key.");
};

/**
 * Reads one key an admin pasted, in any form the trust list takes: a PEM public key, a JWK, an Ed25519 multibase
 * key, or an X.509 certificate as PEM or base64 DER, optionally preceded by a line `kid: <id>`; then checks it as
 * an imported key is checked. Throws a RefusedKeyError saying, in words an admin can act on, why it is no key.
 */
export const readPastedKey = async (input: string): Promise<TrustKey> => {
  if (input.length > MAX_KEY_CHARS) refuse(`A key is at most ${MAX_KEY_CHARS} characters.`);
  const { kid, body } = splitKid(input.trim().replace(/\r\n/g, "\n"));
  if (body === "") refuse("The key is empty.");
  const key = keyOfText(body);
  return readTrustKey(kid ? { ...key, kid } : key);
};
