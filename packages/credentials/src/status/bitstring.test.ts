import { gzipSync } from "node:zlib";
import { describe, expect, it } from "vitest";
import { createStatusList, decodeStatusList, encodeStatusList, getStatus, setStatus } from "./bitstring.ts";

// The encodedList of the spec's example BitstringStatusListCredential: 16KB of zero bits.
const SPEC_EXAMPLE = "uH4sIAAAAAAAAA-3BMQEAAADCoPVPbQwfoAAAAAAAAAAAAAAAAAAAAIC3AYbSVKsAQAAA";

describe("status list bits", () => {
  it.each([0, 7, 8, 131071])("sets, reads and clears index %i without touching its neighbours", (index) => {
    const list = createStatusList();
    setStatus(list, index, true);
    expect(getStatus(list, index)).toBe(true);
    if (index > 0) expect(getStatus(list, index - 1)).toBe(false);
    if (index < list.size - 1) expect(getStatus(list, index + 1)).toBe(false);
    setStatus(list, index, false);
    expect(getStatus(list, index)).toBe(false);
    expect(list.bytes.every((byte) => byte === 0)).toBe(true);
  });

  it("refuses indexes outside the list and says the valid range", () => {
    const list = createStatusList();
    expect(() => getStatus(list, 131072)).toThrow("valid indexes are 0 to 131071");
    expect(() => setStatus(list, -1, true)).toThrow("valid indexes are 0 to 131071");
    expect(() => setStatus(list, 1.5, true)).toThrow("out of range");
  });

  it("refuses lists smaller than 16KB or not a whole number of bytes", () => {
    expect(() => createStatusList({ size: 1024 })).toThrow("at least 131072 bits");
    expect(() => createStatusList({ size: 131073 })).toThrow("whole number of bytes");
    expect(createStatusList({ size: 262144 }).bytes.length).toBe(32768);
  });
});

describe("encodedList", () => {
  it("is multibase base64url without padding of a GZIP, and round trips", () => {
    const list = createStatusList();
    setStatus(list, 42, true);
    const encoded = encodeStatusList(list);
    expect(encoded).toMatch(/^uH4sI[A-Za-z0-9_-]+$/);
    expect(decodeStatusList(encoded)).toEqual(list);
  });

  it("puts index 0 in the left-most bit of the first byte", () => {
    const list = createStatusList();
    setStatus(list, 0, true);
    const decoded = decodeStatusList(encodeStatusList(list));
    expect(decoded.bytes[0]).toBe(0x80);
    setStatus(list, 0, false);
    setStatus(list, 7, true);
    expect(decodeStatusList(encodeStatusList(list)).bytes[0]).toBe(0x01);
  });

  it("reads the spec's example list as 131,072 clear entries", () => {
    const decoded = decodeStatusList(SPEC_EXAMPLE);
    expect(decoded.size).toBe(131072);
    expect(decoded.bytes.every((byte) => byte === 0)).toBe(true);
  });

  it("reads a list built by hand from the spec's description, with or without the prefix", () => {
    // Indexes 0, 9 and 131071 set: bytes 0x80, 0x40 and a final 0x01, gzipped by Node, not by our encoder.
    const bytes = new Uint8Array(16384);
    bytes[0] = 0x80;
    bytes[1] = 0x40;
    bytes[16383] = 0x01;
    const base64url = gzipSync(bytes).toString("base64url");
    for (const encoded of [`u${base64url}`, base64url, `${gzipSync(bytes).toString("base64")}`]) {
      const list = decodeStatusList(encoded);
      const set = [...Array(list.size).keys()].filter((index) => getStatus(list, index));
      expect(set).toEqual([0, 9, 131071]);
    }
  });

  it("round trips a 131,072-entry list with every 1000th bit set", () => {
    const list = createStatusList({ size: 131072 });
    for (let index = 0; index < list.size; index += 1000) setStatus(list, index, true);
    const decoded = decodeStatusList(encodeStatusList(list));
    const set = [...Array(decoded.size).keys()].filter((index) => getStatus(decoded, index));
    expect(set).toHaveLength(132);
    expect(set.every((index) => index % 1000 === 0)).toBe(true);
  });

  it("refuses a list under 16KB uncompressed and text that is not a GZIP", () => {
    const small = `u${gzipSync(new Uint8Array(1024)).toString("base64url")}`;
    expect(() => decodeStatusList(small)).toThrow("at least 131072 (16KB)");
    expect(() => decodeStatusList("uAAAA")).toThrow("not GZIP data");
    expect(() => decodeStatusList("u!!")).toThrow("not base64url");
  });

  it("refuses a GZIP bomb of 8 MiB once it inflates past 2 MiB", () => {
    const bomb = gzipSync(new Uint8Array(8 * 1024 * 1024), { level: 9 });
    expect(() => decodeStatusList(`u${bomb.toString("base64url")}`)).toThrow(/inflates to more than 2,097,152/);
  });
});
