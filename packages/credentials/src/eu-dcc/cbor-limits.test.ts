import { encode } from "cborg";
import { describe, expect, it } from "vitest";
import { MAX_CBOR_DEPTH } from "../limits.ts";
import { expectRefusedFast } from "../testing/refused-fast.ts";
import { assertCborWithinLimits } from "./cbor-limits.ts";
import { decodeCbor, decodeCoseSign1 } from "./cose.ts";

const header = (major: number, size: number) => {
  const bytes = [(major << 5) | 27];
  for (let shift = 56; shift >= 0; shift -= 8) bytes.push(Math.floor(size / 2 ** shift) % 256);
  return bytes;
};
const nested = (depth: number, opener = 0x81) => Uint8Array.from([...new Array(depth).fill(opener), 0x00]);

describe("CBOR limits", () => {
  it("passes real shapes: a COSE_Sign1 with a claims map, indefinite lengths, tags, floats", () => {
    const claims = new Map<unknown, unknown>([
      [1, "IN"],
      [-260, new Map([[1, { v: [{ dn: 2, sd: 2, ci: "URN:UVCI:01:IN:1" }], nam: { fn: "Kumar" } }]])],
    ]);
    const message = encode([encode(new Map([[1, -7]])), new Map(), encode(claims), new Uint8Array(64)]);
    expect(() => assertCborWithinLimits(message)).not.toThrow();
    expect(decodeCoseSign1(Uint8Array.of(0xd2, ...message)).signature).toHaveLength(64);
    // [_ "a", {_ 1: 2.5}] with an indefinite text string of two chunks inside a tag
    const indefinite = Uint8Array.of(
      0x9f,
      0xc1,
      0x7f,
      0x61,
      0x61,
      0x61,
      0x62,
      0xff,
      0xbf,
      0x01,
      0xf9,
      0x41,
      0x00,
      0xff,
      0xff,
    );
    expect(() => assertCborWithinLimits(indefinite)).not.toThrow();
    expect(() => assertCborWithinLimits(nested(MAX_CBOR_DEPTH))).not.toThrow();
  });

  it("refuses a byte string, array or map claiming 2^63 entries before reading a byte of it", () => {
    for (const major of [2, 3, 4, 5]) {
      const bytes = Uint8Array.from([0x84, ...header(major, 2 ** 63), 0, 0, 0]);
      expectRefusedFast(() => decodeCbor(bytes), /too large/);
      expectRefusedFast(() => decodeCoseSign1(bytes), /too large/);
    }
  });

  it("refuses nesting deeper than the limit, even 30,000 deep, without recursing", () => {
    expectRefusedFast(() => decodeCbor(nested(MAX_CBOR_DEPTH + 1)), /deeper than 16 levels/);
    expectRefusedFast(() => decodeCbor(nested(30_000, 0xc1)), /deeper than/);
    expectRefusedFast(() => decodeCoseSign1(nested(30_000)), /deeper than/);
  });

  it("refuses more items than the limit, and says a count the bytes cannot hold is cut short", () => {
    expectRefusedFast(
      () => decodeCbor(Uint8Array.from([0x9f, ...new Array(5000).fill(0), 0xff])),
      /more than 4,096 items/,
    );
    expect(() => decodeCbor(Uint8Array.of(0x83, 0x01))).toThrow(/cut short/);
    expect(() => decodeCbor(Uint8Array.of(0x5a, 0, 0, 1, 0, 1))).toThrow(/cut short/);
    expect(() => decodeCbor(Uint8Array.of(0xff))).toThrow(/stray break/);
    expect(() => decodeCbor(Uint8Array.of(0x1c))).toThrow(/reserved header byte 0x1c/);
  });
});
