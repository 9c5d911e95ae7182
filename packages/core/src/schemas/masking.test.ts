import { describe, expect, it } from "vitest";
import { maskIdentityNumber, maskMobile } from "./masking";

describe("masking numbers in lists", () => {
  it("keeps the last four characters of an identity number, grouped in fours", () => {
    expect(maskIdentityNumber("234234333412")).toBe("XXXX XXXX 3412");
    expect(maskIdentityNumber("2342 3433 3412")).toBe("XXXX XXXX 3412");
    expect(maskIdentityNumber("K1234567")).toBe("XXXX 4567");
    expect(maskIdentityNumber("RC/44")).toBe("XXX44");
    expect(maskIdentityNumber("A12")).toBe("XXX");
  });

  it("keeps the first two and last three digits of a mobile number", () => {
    expect(maskMobile("9876543210")).toBe("+91 98XXX XX210");
    expect(maskMobile("447700900123")).toBe("44XXXXXXX123");
    expect(maskMobile("12345")).toBe("XXXXX");
  });
});
