import { readFileSync } from "node:fs";
import { generateSigningKey, readPastedKey } from "@vax/credentials/keys";
import type { TrustKey } from "@vax/credentials/verify";
import { describe, expect, it } from "vitest";
import { keysText, keyText } from "./key-text";

// The EU DCC common vector CO3's signer (testdata/eu-dcc, Apache-2.0).
const co3 = JSON.parse(
  readFileSync(new URL("../../../../../testdata/eu-dcc/common/CO3.json", import.meta.url), "utf8"),
);

describe("keyText", () => {
  it("writes each stored key as text the form reads back to the same key", async () => {
    const ed = await generateSigningKey({ algorithm: "ED25519" });
    const p256 = await generateSigningKey({ algorithm: "P256" });
    const keys: TrustKey[] = [
      { kid: "rDaQ7oNhzJY=", certificate: co3.TESTCTX.CERTIFICATE },
      { kid: "lanka-1", publicKeyMultibase: ed.publicKeyMultibase ?? "" },
      { kid: p256.publicJwk.kid, publicKeyJwk: p256.publicJwk },
    ];
    for (const key of keys) expect(await readPastedKey(keyText(key))).toEqual(key);
    expect(keysText(keys).split(/\n\s*\n/)).toHaveLength(3);
  });

  it("names a kid that differs from the JWK's own on a line of its own", () => {
    const text = keyText({ kid: "other", publicKeyJwk: { kty: "EC", kid: "inner" } });
    expect(text.split("\n")[0]).toBe("kid: other");
  });
});
