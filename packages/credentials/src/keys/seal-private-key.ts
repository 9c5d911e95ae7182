import { createCipheriv, createDecipheriv, randomBytes } from "node:crypto";
import { decodeBase64, encodeBase64Url } from "../divoc/encoding.ts";

/** Thrown when a key encryption key is malformed or a sealed key cannot be opened. */
export class SealedKeyError extends Error {
  override name = "SealedKeyError";
}

const VERSION = "v1";
// Binds every blob to this purpose, so ciphertext made with the same KEK for something else never opens as a key.
const AAD = new TextEncoder().encode("vax:private-key:v1");

// atob's DOMException says nothing about which input was bad.
const base64 = (text: string, what: string): Uint8Array => {
  try {
    return decodeBase64(text);
  } catch {
    throw new SealedKeyError(`${what} is not valid base64.`);
  }
};

/** The 32 bytes of a key encryption key given in base64 (or as bytes); a SealedKeyError says what is wrong with it. */
export const parseKek = (kek: string | Uint8Array): Uint8Array => {
  const bytes = typeof kek === "string" ? base64(kek.trim(), "The key encryption key (VAX_KEY_ENCRYPTION_KEY)") : kek;
  if (bytes.length !== 32) {
    throw new SealedKeyError(
      `The key encryption key (VAX_KEY_ENCRYPTION_KEY) must be 32 bytes in base64; it is ${bytes.length} bytes.`,
    );
  }
  return bytes;
};

/** Encrypts a private JWK with AES-256-GCM under the key encryption key: `v1.<iv>.<ciphertext>.<tag>`, base64url. */
export const sealPrivateKey = (privateKey: JsonWebKey, keyEncryptionKey: string | Uint8Array): string => {
  const iv = randomBytes(12);
  const cipher = createCipheriv("aes-256-gcm", parseKek(keyEncryptionKey), iv).setAAD(AAD);
  const plaintext = new TextEncoder().encode(JSON.stringify(privateKey));
  const ciphertext = Buffer.concat([cipher.update(plaintext), cipher.final()]);
  plaintext.fill(0);
  return [VERSION, iv, ciphertext, cipher.getAuthTag()]
    .map((part) => (typeof part === "string" ? part : encodeBase64Url(part)))
    .join(".");
};

/** Decrypts a sealed private key; a wrong key encryption key or an altered blob throws a SealedKeyError. */
export const openPrivateKey = (sealed: string, keyEncryptionKey: string | Uint8Array): JsonWebKey => {
  const kek = parseKek(keyEncryptionKey);
  const parts = sealed.trim().split(".");
  if (parts.length !== 4 || parts[0] !== VERSION) {
    throw new SealedKeyError(`The sealed private key is not in the ${VERSION}.<iv>.<ciphertext>.<tag> form.`);
  }
  const [iv, ciphertext, tag] = parts.slice(1).map((part) => base64(part, "The sealed private key")) as [
    Uint8Array,
    Uint8Array,
    Uint8Array,
  ];
  if (iv.length !== 12 || tag.length !== 16) {
    throw new SealedKeyError("The sealed private key is damaged: its IV or authentication tag has the wrong length.");
  }
  let plaintext: Buffer;
  try {
    const decipher = createDecipheriv("aes-256-gcm", kek, iv).setAAD(AAD).setAuthTag(tag);
    plaintext = Buffer.concat([decipher.update(ciphertext), decipher.final()]);
  } catch {
    // GCM cannot tell the two apart: both fail the authentication tag.
    throw new SealedKeyError(
      "Cannot open the sealed private key: the key encryption key (VAX_KEY_ENCRYPTION_KEY) is not the one it was sealed with, or the sealed data was altered.",
    );
  }
  try {
    return JSON.parse(plaintext.toString("utf8")) as JsonWebKey;
  } finally {
    plaintext.fill(0);
  }
};
