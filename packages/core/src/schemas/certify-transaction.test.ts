import { describe, expect, it } from "vitest";
import { ZPreferHeader } from "./certify-transaction";

describe("the Prefer header of a certify call", () => {
  it("asks for an asynchronous answer when one of its preferences is respond-async, in any case", () => {
    expect(ZPreferHeader.parse("respond-async")).toBe(true);
    expect(ZPreferHeader.parse("return=minimal, Respond-Async; wait=10")).toBe(true);
  });

  it("leaves the call synchronous without it", () => {
    expect(ZPreferHeader.parse(null)).toBe(false);
    expect(ZPreferHeader.parse("")).toBe(false);
    expect(ZPreferHeader.parse("return=representation")).toBe(false);
    expect(ZPreferHeader.parse("respond-asynchronously")).toBe(false);
  });
});
