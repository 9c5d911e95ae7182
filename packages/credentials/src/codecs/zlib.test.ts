import { deflateSync, gzipSync } from "fflate";
import { describe, expect, it } from "vitest";
import { InputTooLargeError } from "../limits.ts";
import { expectRefusedFast } from "../testing/refused-fast.ts";
import { decodeBase45, encodeBase45 } from "./base45.ts";
import { deflate, gunzip, inflate, inflateRaw } from "./zlib.ts";

const limit = { maxBytes: 64 * 1024, what: "The test data" };

describe("zlib", () => {
  it("round-trips text and shrinks repetitive input", () => {
    const input = new TextEncoder().encode('{"name":"vaccination","dose":1}'.repeat(20));
    const packed = deflate(input);
    expect(packed.length).toBeLessThan(input.length / 4);
    expect(packed[0]).toBe(0x78);
    expect(inflate(packed, limit)).toEqual(input);
  });

  it("round-trips empty input and binary input through base45 as PixelPass does", () => {
    expect(inflate(deflate(new Uint8Array()), limit)).toEqual(new Uint8Array());
    const bytes = Uint8Array.from({ length: 1000 }, (_, i) => (i * 31) & 0xff);
    expect(inflate(decodeBase45(encodeBase45(deflate(bytes))), limit)).toEqual(bytes);
  });

  it("inflates a stream of many pushes exactly, and output of exactly the limit", () => {
    const bytes = Uint8Array.from({ length: 20_000 }, (_, i) => (i * 7919) % 251);
    expect(inflate(deflate(bytes), limit)).toEqual(bytes);
    expect(inflateRaw(deflateSync(bytes), limit)).toEqual(bytes);
    expect(gunzip(gzipSync(bytes), limit)).toEqual(bytes);
    expect(inflate(deflate(new Uint8Array(limit.maxBytes)), limit).length).toBe(limit.maxBytes);
  });

  it("says uncompressed bytes are not zlib", () => {
    expect(() => inflate(new TextEncoder().encode("plain text"), limit)).toThrow(/not compressed/);
  });

  it("says a damaged or cut stream is damaged", () => {
    const packed = deflate(new TextEncoder().encode("hello hello hello hello"));
    const broken = packed.slice(0, 2);
    expect(() => inflate(Uint8Array.of(...broken, 0xff, 0xff, 0xff), limit)).toThrow(/damaged/);
    expect(() => inflate(packed.slice(0, packed.length - 6), limit)).toThrow(/damaged/);
    expect(() => inflateRaw(deflateSync(new Uint8Array(5000).fill(65)).slice(0, 5), limit)).toThrow(/damaged/);
  });

  it("refuses a bomb one byte over the limit, and 64 MiB ones, fast and without their memory", () => {
    expect(() => inflate(deflate(new Uint8Array(limit.maxBytes + 1)), limit)).toThrow(InputTooLargeError);
    // Deflating 64 MiB takes half a second; the zlib and GZIP bombs wrap the same raw stream by hand, their
    // trailers never reached.
    const rawBomb = deflateSync(new Uint8Array(64 * 1024 * 1024), { level: 9 });
    const zlibBomb = Uint8Array.of(0x78, 0xda, ...rawBomb, 0, 0, 0, 0);
    const gzipBomb = Uint8Array.of(0x1f, 0x8b, 8, 0, 0, 0, 0, 0, 0, 0xff, ...rawBomb, 0, 0, 0, 0, 0, 0, 0, 0);
    expect(rawBomb.length).toBeLessThan(70 * 1024);
    expectRefusedFast(() => inflate(zlibBomb, limit), /The test data inflates to more than 65,536 bytes/);
    expectRefusedFast(() => inflateRaw(rawBomb, limit));
    expectRefusedFast(() => gunzip(gzipBomb, limit));
  });
});
