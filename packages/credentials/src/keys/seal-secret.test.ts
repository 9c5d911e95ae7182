import { randomBytes } from "node:crypto";
import { describe, expect, it } from "vitest";
import { openPrivateKey, SealedKeyError } from "./seal-private-key.ts";
import { isSealedSecret, openSecret, sealSecret } from "./seal-secret.ts";

const kek = randomBytes(32).toString("base64");

describe("sealSecret / openSecret", () => {
  it("opens what it sealed, and seals the same code differently each time", () => {
    const sealed = sealSecret("042917", kek, "one-time-code");
    expect(isSealedSecret(sealed)).toBe(true);
    expect(isSealedSecret("042917")).toBe(false);
    expect(sealed).not.toContain("042917");
    expect(openSecret(sealed, kek, "one-time-code")).toBe("042917");
    expect(sealSecret("042917", kek, "one-time-code")).not.toBe(sealed);
  });

  it("refuses another key, another purpose, an altered value, and never opens as a private key", () => {
    const sealed = sealSecret("042917", kek, "one-time-code");
    expect(() => openSecret(sealed, randomBytes(32).toString("base64"), "one-time-code")).toThrow(SealedKeyError);
    expect(() => openSecret(sealed, kek, "something-else")).toThrow(SealedKeyError);
    const [version, iv, ciphertext, tag] = sealed.split(".") as [string, string, string, string];
    const flipped = Buffer.from(ciphertext, "base64url");
    flipped[0] = (flipped[0] ?? 0) ^ 1;
    expect(() => openSecret([version, iv, flipped.toString("base64url"), tag].join("."), kek, "one-time-code")).toThrow(
      SealedKeyError,
    );
    expect(() => openSecret("042917", kek, "one-time-code")).toThrow(SealedKeyError);
    expect(() => openPrivateKey(sealed.replace(/^s1/, "v1"), kek)).toThrow(SealedKeyError);
  });
});
