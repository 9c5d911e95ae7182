import { randomBytes } from "node:crypto";
import { beforeAll, describe, expect, it } from "vitest";
import { generateSigningKey, type SigningKey } from "./generate-signing-key.ts";
import { openPrivateKey, SealedKeyError, sealPrivateKey } from "./seal-private-key.ts";

const kek = randomBytes(32).toString("base64");
let key: SigningKey;

beforeAll(async () => {
  key = await generateSigningKey({ algorithm: "P256" });
});

const contains = (haystack: Uint8Array, needle: Uint8Array): boolean =>
  Buffer.from(haystack).indexOf(Buffer.from(needle)) !== -1;

describe("sealPrivateKey / openPrivateKey", () => {
  it("opens what it sealed", () => {
    expect(openPrivateKey(sealPrivateKey(key.privateJwk, kek), kek)).toEqual(key.privateJwk);
  });

  it("never holds the raw private key, in text or in bytes", () => {
    const sealed = sealPrivateKey(key.privateJwk, kek);
    const d = key.privateJwk.d as string;
    expect(sealed).not.toContain(d);
    expect(sealed).not.toContain(JSON.stringify(key.privateJwk));
    const raw = Buffer.from(d, "base64url");
    for (const part of sealed.split(".").slice(1)) {
      const bytes = Buffer.from(part, "base64url");
      expect(contains(bytes, raw)).toBe(false);
      expect(contains(bytes, Buffer.from(d))).toBe(false);
    }
  });

  it("uses a fresh 12-byte IV each time", () => {
    const [first, second] = [sealPrivateKey(key.privateJwk, kek), sealPrivateKey(key.privateJwk, kek)];
    expect(first).not.toBe(second);
    expect(Buffer.from(first.split(".")[1] as string, "base64url")).toHaveLength(12);
  });

  it("fails with a clear error under a wrong key encryption key", () => {
    const sealed = sealPrivateKey(key.privateJwk, kek);
    expect(() => openPrivateKey(sealed, randomBytes(32).toString("base64"))).toThrow(
      /VAX_KEY_ENCRYPTION_KEY\) is not the one it was sealed with, or the sealed data was altered/,
    );
  });

  it("fails when any part of the blob is altered", () => {
    const sealed = sealPrivateKey(key.privateJwk, kek);
    const parts = sealed.split(".");
    for (const index of [1, 2, 3]) {
      const bytes = Buffer.from(parts[index] as string, "base64url");
      bytes[0] = (bytes[0] as number) ^ 1;
      const tampered = parts.map((part, i) => (i === index ? bytes.toString("base64url") : part)).join(".");
      expect(() => openPrivateKey(tampered, kek)).toThrow(SealedKeyError);
    }
  });

  it("refuses a key encryption key that is not 32 bytes of base64, and a malformed blob", () => {
    expect(() => sealPrivateKey(key.privateJwk, randomBytes(16).toString("base64"))).toThrow(
      /must be 32 bytes in base64; it is 16 bytes/,
    );
    expect(() => sealPrivateKey(key.privateJwk, "not base64!")).toThrow(/not valid base64/);
    expect(() => openPrivateKey("v1.abc", kek)).toThrow(/not in the v1.<iv>.<ciphertext>.<tag> form/);
    expect(() => openPrivateKey("v1.AAAA.AAAA.AAAA", kek)).toThrow(/IV or authentication tag has the wrong length/);
  });
});
