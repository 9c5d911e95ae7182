import { deflateSync } from "fflate";
import { describe, expect, it } from "vitest";
import { encodeBase64Url } from "./base64url.ts";
import { decodeShc } from "./decode-shc.ts";

const encoder = new TextEncoder();
const part = (value: unknown): string => encodeBase64Url(encoder.encode(JSON.stringify(value)));

describe("decodeShc", () => {
  it("inflates a payload far larger than its compressed size in full", () => {
    const payload = { iss: "https://x.example", padding: "a".repeat(200_000) };
    const body = encodeBase64Url(deflateSync(encoder.encode(JSON.stringify(payload))));
    const decoded = decodeShc(`${part({ zip: "DEF", alg: "ES256", kid: "k" })}.${body}.AAAA`);
    expect(decoded.payload).toEqual(payload);
  });

  it("says why a payload that promises DEFLATE does not inflate", () => {
    expect(() => decodeShc(`${part({ zip: "DEF", alg: "ES256" })}.${part({ iss: "x" })}.AAAA`)).toThrow(
      "does not inflate",
    );
  });

  it("reads only the first card of a file and counts the rest", () => {
    const jws = `${part({ alg: "ES256" })}.${part({ iss: "x" })}.AAAA`;
    expect(decodeShc({ verifiableCredential: [jws, jws] })).toMatchObject({ source: "file", otherCards: 1 });
  });
});
