import { describe, expect, it } from "vitest";
import { decodeBase45, encodeBase45 } from "./base45.ts";
import { deflate, inflate } from "./zlib.ts";

describe("zlib", () => {
  it("round-trips text and shrinks repetitive input", () => {
    const input = new TextEncoder().encode('{"name":"vaccination","dose":1}'.repeat(20));
    const packed = deflate(input);
    expect(packed.length).toBeLessThan(input.length / 4);
    expect(packed[0]).toBe(0x78);
    expect(inflate(packed)).toEqual(input);
  });

  it("round-trips empty input and binary input through base45 as PixelPass does", () => {
    expect(inflate(deflate(new Uint8Array()))).toEqual(new Uint8Array());
    const bytes = Uint8Array.from({ length: 1000 }, (_, i) => (i * 31) & 0xff);
    expect(inflate(decodeBase45(encodeBase45(deflate(bytes))))).toEqual(bytes);
  });

  it("says uncompressed bytes are not zlib", () => {
    expect(() => inflate(new TextEncoder().encode("plain text"))).toThrow(/not compressed/);
  });

  it("says a damaged stream is damaged", () => {
    const packed = deflate(new TextEncoder().encode("hello hello hello hello"));
    const broken = packed.slice(0, 2);
    expect(() => inflate(Uint8Array.of(...broken, 0xff, 0xff, 0xff))).toThrow(/damaged/);
  });
});
