import { describe, expect, it } from "vitest";
import { decodeBase45, encodeBase45 } from "./base45.ts";

const text = (s: string) => new TextEncoder().encode(s);
const str = (b: Uint8Array) => new TextDecoder().decode(b);

describe("base45 (RFC 9285)", () => {
  it.each([
    ["AB", "BB8"],
    ["Hello!!", "%69 VD92EX0"],
    ["base-45", "UJCLQE7W581"],
    ["ietf!", "QED8WEX0"],
    ["", ""],
  ])("encodes %j as %j and back", (plain, encoded) => {
    expect(encodeBase45(text(plain))).toBe(encoded);
    expect(str(decodeBase45(encoded))).toBe(plain);
  });

  it("round-trips every byte value and every length up to 64", () => {
    const all = Uint8Array.from({ length: 256 }, (_, i) => i);
    expect(decodeBase45(encodeBase45(all))).toEqual(all);
    for (let n = 0; n <= 64; n++) {
      const bytes = Uint8Array.from({ length: n }, (_, i) => (i * 97 + n) & 0xff);
      expect(decodeBase45(encodeBase45(bytes))).toEqual(bytes);
    }
  });

  it("encodes the extremes 0x0000 and 0xffff", () => {
    expect(encodeBase45(Uint8Array.of(0, 0))).toBe("000");
    expect(encodeBase45(Uint8Array.of(0xff, 0xff))).toBe("FGW");
  });

  it("rejects a character outside the alphabet, naming it and its position", () => {
    expect(() => decodeBase45("QEDa0")).toThrow(/character "a" at position 3/);
    expect(() => decodeBase45("Q€D")).toThrow(/not in the base45 alphabet/);
  });

  it("rejects a dangling single character", () => {
    expect(() => decodeBase45("QED8")).toThrow(/single trailing character/);
  });

  it("rejects groups whose value does not fit in the bytes they stand for", () => {
    expect(() => decodeBase45("GGW")).toThrow(/exceeds 65535/);
    expect(() => decodeBase45("::")).toThrow(/exceeds 255/);
  });
});
