import { describe, expect, it } from "vitest";
import { decodeBase64Url, encodeBase64Url } from "./base64url.ts";
import { decodeShcQr, encodeShcQr } from "./numeric-qr.ts";
import { verifyShc } from "./verify-shc.ts";

describe("shc:/ numeric QR", () => {
  it("maps each JWS character to two digits of its code minus 45", () => {
    expect(encodeShcQr("-z.A_")).toBe("shc:/0077012050");
    expect(decodeShcQr("shc:/0077012050")).toBe("-z.A_");
  });

  it("explains bad chunk sets", () => {
    expect(() => decodeShcQr(["shc:/1/2/56", "shc:/1/2/56"])).toThrow("chunk 1 of 2 appears twice");
    expect(() => decodeShcQr(["shc:/1/2/56", "shc:/2/3/56"])).toThrow("chunks disagree on the chunk count");
    expect(() => decodeShcQr(["shc:/3/2/56"])).toThrow("chunk 3 is outside 1..2");
    expect(() => decodeShcQr("shc:/565")).toThrow("odd number of digits");
    expect(() => decodeShcQr("shc:/5699")).toThrow("out of range");
    expect(() => decodeShcQr("HC1:abc")).toThrow("does not start with shc:/");
  });

  it("refuses to encode a JWS over 1195 characters", () => {
    expect(() => encodeShcQr("a".repeat(1196))).toThrow("at most 1195");
    expect(encodeShcQr("a".repeat(1195))).toHaveLength(5 + 2390);
  });
});

describe("base64url", () => {
  it("round-trips every length and rejects foreign characters", () => {
    for (let n = 0; n < 20; n++) {
      const bytes = Uint8Array.from({ length: n }, (_, i) => (i * 73 + n) & 0xff);
      expect(decodeBase64Url(encodeBase64Url(bytes))).toEqual(bytes);
    }
    expect(() => decodeBase64Url("ab+c")).toThrow("invalid base64url character");
  });
});

describe("verifyShc on input that is not a card", () => {
  it.each([
    ["empty text", ""],
    ["truncated QR", "shc:/12"],
    ["broken JSON", "{"],
    ["a file without cards", { verifiableCredential: [] }],
    ["a JWS of junk", "a.b.c"],
    ["null", null as unknown as string],
  ])("fails the decode check for %s without throwing", async (_, input) => {
    const result = await verifyShc(input);
    expect(result.verified).toBe(false);
    expect(result.checks[0]).toMatchObject({ name: "decode", status: "failed" });
    expect(result.checks).toHaveLength(7);
  });
});
