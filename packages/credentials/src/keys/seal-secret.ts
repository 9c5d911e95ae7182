import { createCipheriv, createDecipheriv, hkdfSync, randomBytes } from "node:crypto";
import { decodeBase64, encodeBase64Url } from "../divoc/encoding.ts";
import { parseKek, SealedKeyError } from "./seal-private-key.ts";

const VERSION = "s1";

// A key of its own per purpose, derived with HKDF, so a secret sealed for one purpose never opens
// for another and nothing sealed here can be mistaken for a sealed private key.
const purposeKey = (keyEncryptionKey: string | Uint8Array, purpose: string): Buffer =>
  Buffer.from(hkdfSync("sha256", parseKek(keyEncryptionKey), new Uint8Array(0), `vax:secret:${purpose}`, 32));

/** Whether a stored value is a sealed secret (`s1.<iv>.<ciphertext>.<tag>`) rather than one kept in clear. */
export const isSealedSecret = (value: string): boolean => value.startsWith(`${VERSION}.`);

/**
 * Encrypts a short secret (a one-time code waiting in the outbox) with AES-256-GCM under a key
 * derived from the key encryption key for one purpose: `s1.<iv>.<ciphertext>.<tag>`, base64url.
 */
export const sealSecret = (secret: string, keyEncryptionKey: string | Uint8Array, purpose: string): string => {
  const iv = randomBytes(12);
  const cipher = createCipheriv("aes-256-gcm", purposeKey(keyEncryptionKey, purpose), iv).setAAD(Buffer.from(purpose));
  const ciphertext = Buffer.concat([cipher.update(secret, "utf8"), cipher.final()]);
  return [VERSION, encodeBase64Url(iv), encodeBase64Url(ciphertext), encodeBase64Url(cipher.getAuthTag())].join(".");
};

/** Decrypts a sealed secret; a wrong key, a wrong purpose or an altered value throws a SealedKeyError. */
export const openSecret = (sealed: string, keyEncryptionKey: string | Uint8Array, purpose: string): string => {
  const parts = sealed.split(".");
  if (parts.length !== 4 || parts[0] !== VERSION) {
    throw new SealedKeyError(`The sealed secret is not in the ${VERSION}.<iv>.<ciphertext>.<tag> form.`);
  }
  const [iv, ciphertext, tag] = parts.slice(1).map((part) => {
    try {
      return decodeBase64(part);
    } catch {
      throw new SealedKeyError("The sealed secret is not valid base64url.");
    }
  }) as [Uint8Array, Uint8Array, Uint8Array];
  if (iv.length !== 12 || tag.length !== 16) {
    throw new SealedKeyError("The sealed secret is damaged: its IV or authentication tag has the wrong length.");
  }
  try {
    const decipher = createDecipheriv("aes-256-gcm", purposeKey(keyEncryptionKey, purpose), iv)
      .setAAD(Buffer.from(purpose))
      .setAuthTag(tag);
    return Buffer.concat([decipher.update(ciphertext), decipher.final()]).toString("utf8");
  } catch {
    throw new SealedKeyError(
      "Cannot open the sealed secret: the key encryption key (VAX_KEY_ENCRYPTION_KEY) is not the one it was sealed with, it was sealed for another purpose, or it was altered.",
    );
  }
};
