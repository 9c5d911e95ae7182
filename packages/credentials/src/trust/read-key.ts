// @peculiar/x509 2.x loads tsyringe, which needs the Reflect metadata API before it is imported.
import "reflect-metadata";
import * as x509 from "@peculiar/x509";
import { decodeBase64, encodeBase64, pemToDer } from "../divoc/encoding.ts";
import { resolvePublicKey } from "../divoc/keys.ts";
import { dscKid, parseCertificate } from "../eu-dcc/certificates.ts";
import type { TrustKey } from "../verify/types.ts";
import { MAX_KEY_CHARS } from "./limits.ts";

/** Thrown for one key or certificate that cannot be trusted, with a reason the person importing it can read. */
export class RefusedKeyError extends Error {
  override name = "RefusedKeyError";
}

const refuse = (reason: string): never => {
  throw new RefusedKeyError(reason);
};

/** JWK members that only a private (or secret) key has: a trust list that carries one leaks that key. */
const PRIVATE_JWK_MEMBERS = ["d", "p", "q", "dp", "dq", "qi", "oth", "k"] as const;
const EC_CURVES = ["P-256", "P-384", "P-521"];
const MIN_RSA_BITS = 2048;

const asRecord = (value: unknown): Record<string, unknown> | undefined =>
  value && typeof value === "object" && !Array.isArray(value) ? (value as Record<string, unknown>) : undefined;

const capped = (what: string, text: string): string =>
  text.length > MAX_KEY_CHARS
    ? refuse(`${what} is ${text.length} characters long, more than any key or certificate (at most ${MAX_KEY_CHARS}).`)
    : text;

const messageOf = (error: unknown): string => (error instanceof Error ? error.message : String(error));

const checkRsaSize = (key: CryptoKey): void => {
  const bits = (key.algorithm as RsaHashedKeyAlgorithm).modulusLength;
  if (bits < MIN_RSA_BITS) refuse(`It is an RSA key of ${bits} bits; at least ${MIN_RSA_BITS} are needed.`);
};

/** Checks a public JWK (EC, OKP Ed25519 or RSA) really is one; a JWK with private members is refused loudly. */
export const checkPublicJwk = async (value: unknown): Promise<JsonWebKey & { kid?: string }> => {
  const jwk = asRecord(value) ?? refuse("The JWK is not a JSON object.");
  capped("The JWK", JSON.stringify(jwk));
  const secret = PRIVATE_JWK_MEMBERS.filter((member) => member in jwk);
  if (secret.length > 0) {
    refuse(
      `It is a PRIVATE key (it has "${secret.join('", "')}"): a trust list holds public keys only. ` +
        "Whoever published it has leaked that key and should replace it; it was not imported.",
    );
  }
  if (jwk.use !== undefined && jwk.use !== "sig") refuse(`The JWK is for "${String(jwk.use)}", not for signatures.`);
  const { kty, crv } = jwk;
  try {
    if (kty === "OKP" && crv === "Ed25519") {
      const x = typeof jwk.x === "string" ? decodeBase64(jwk.x) : new Uint8Array();
      if (x.length !== 32) refuse(`The Ed25519 JWK's "x" is ${x.length} bytes; an Ed25519 public key is 32.`);
    } else if (kty === "EC" && typeof crv === "string" && EC_CURVES.includes(crv)) {
      await crypto.subtle.importKey("jwk", jwk as JsonWebKey, { name: "ECDSA", namedCurve: crv }, true, ["verify"]);
    } else if (kty === "RSA") {
      const algorithm = { name: "RSASSA-PKCS1-v1_5", hash: "SHA-256" };
      checkRsaSize(await crypto.subtle.importKey("jwk", jwk as JsonWebKey, algorithm, true, ["verify"]));
    } else {
      refuse(
        `The JWK is a "${String(kty)}"${crv ? ` "${String(crv)}"` : ""} key; only EC (P-256, P-384, P-521), OKP Ed25519 and RSA keys sign certificates.`,
      );
    }
  } catch (error) {
    if (error instanceof RefusedKeyError) throw error;
    refuse(`The JWK is not a usable ${String(kty)} public key (${messageOf(error)}).`);
  }
  return jwk as JsonWebKey & { kid?: string };
};

const checkPem = async (pem: string): Promise<void> => {
  let block: { label: string; der: Uint8Array<ArrayBuffer> };
  try {
    block = pemToDer(capped("The PEM key", pem));
  } catch (error) {
    return refuse(`The PEM key cannot be read: ${messageOf(error)}`);
  }
  if (block.label.includes("PRIVATE")) {
    refuse("It is a PRIVATE key PEM: a trust list holds public keys only. Whoever published it has leaked that key.");
  }
  if (block.label !== "PUBLIC KEY") refuse(`The PEM is a "${block.label}", not a "PUBLIC KEY" (SPKI).`);
  let publicKey: x509.PublicKey;
  try {
    publicKey = new x509.PublicKey(block.der);
  } catch (error) {
    return refuse(`The PEM's content is not a public key (${messageOf(error)}).`);
  }
  const name = publicKey.algorithm.name;
  if (name === "Ed25519") return void (await resolvePublicKey({ id: "pem", publicKeyPem: pem }));
  if (name !== "ECDSA" && !name.startsWith("RSA")) refuse(`The PEM holds a ${name} key, which signs no certificate.`);
  try {
    const key = await publicKey.export();
    if (name.startsWith("RSA")) checkRsaSize(key);
  } catch (error) {
    if (error instanceof RefusedKeyError) throw error;
    refuse(`The PEM key cannot be used (${messageOf(error)}).`);
  }
};

const checkMultibase = async (value: string): Promise<void> => {
  try {
    await resolvePublicKey({ id: "multibase", publicKeyMultibase: capped("The multibase key", value) });
  } catch (error) {
    if (error instanceof RefusedKeyError) throw error;
    refuse(`The multibase key cannot be read: ${messageOf(error)}`);
  }
};

/** Reads a certificate (PEM or base64 DER) within the size limit; refuses one that does not parse. */
export const readCertificate = (text: string): x509.X509Certificate => {
  try {
    return parseCertificate(capped("The certificate", text));
  } catch (error) {
    if (error instanceof RefusedKeyError) throw error;
    return refuse(`It is not a readable X.509 certificate (${messageOf(error)}).`);
  }
};

/** Reads a country signing CA certificate; refuses one whose key usage does not allow signing certificates. */
export const readCsca = (text: string): x509.X509Certificate => {
  const certificate = readCertificate(text);
  const usage = certificate.getExtension(x509.KeyUsagesExtension);
  if (usage && (usage.usages & x509.KeyUsageFlags.keyCertSign) === 0) {
    refuse("Its key usage does not allow signing certificates (keyCertSign), so it is no CSCA.");
  }
  return certificate;
};

/** The DCC kid (base64) of a certificate: the first 8 bytes of SHA-256 over its DER. */
export const certificateKid = async (certificate: x509.X509Certificate): Promise<string> =>
  encodeBase64(await dscKid(new Uint8Array(certificate.rawData)));

/** True when two kids are the same bytes, one written in base64 and the other in base64url, padded or not. */
export const sameKid = (a: string, b: string): boolean => {
  const normal = (kid: string) => kid.trim().replace(/-/g, "+").replace(/_/g, "/").replace(/=+$/, "");
  return normal(a) === normal(b);
};

const kidOf = (key: Record<string, unknown>): string | undefined => {
  if (key.kid === undefined) return undefined;
  if (typeof key.kid !== "string" || key.kid.length === 0 || key.kid.length > 512)
    refuse("Its kid is not a short text.");
  return key.kid as string;
};

/**
 * Reads one key of a trust list (`{kid?, publicKeyPem | publicKeyJwk | publicKeyMultibase | certificate}`) and
 * checks it really is a usable public key; throws a RefusedKeyError saying why not.
 */
export const readTrustKey = async (value: unknown): Promise<TrustKey> => {
  const key = asRecord(value) ?? refuse("The key is not a JSON object.");
  const kid = kidOf(key);
  const withKid = kid === undefined ? {} : { kid };
  if (typeof key.publicKeyPem === "string") {
    await checkPem(key.publicKeyPem);
    return { ...withKid, publicKeyPem: key.publicKeyPem };
  }
  if (key.publicKeyJwk !== undefined) return { ...withKid, publicKeyJwk: await checkPublicJwk(key.publicKeyJwk) };
  if (typeof key.publicKeyMultibase === "string") {
    await checkMultibase(key.publicKeyMultibase);
    return { ...withKid, publicKeyMultibase: key.publicKeyMultibase };
  }
  if (typeof key.certificate === "string") {
    const derived = await certificateKid(readCertificate(key.certificate));
    // The kid of a certificate is derived from it; a different one stated beside it is a mistake or a trick.
    if (kid !== undefined && !sameKid(kid, derived)) {
      refuse(`Its kid "${kid}" is not the certificate's own kid "${derived}".`);
    }
    return { ...withKid, certificate: key.certificate };
  }
  return refuse("It is none of the key forms: publicKeyPem, publicKeyJwk, publicKeyMultibase or certificate.");
};
