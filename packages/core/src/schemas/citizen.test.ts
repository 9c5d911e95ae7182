import { describe, expect, it } from "vitest";
import { ZCitizenMobile, ZOneTimeCode } from "./citizen";

describe("citizen mobile numbers", () => {
  it("reduces the ways people type an Indian mobile number to its 10 digits", () => {
    for (const typed of [
      "9876500001",
      " 98765 00001 ",
      "+91 98765 00001",
      "+919876500001",
      "+91-98765-00001",
      "919876500001",
      "09876500001",
      "0091 98765 00001",
      "(+91) 98765.00001",
    ]) {
      expect(ZCitizenMobile.parse(typed)).toBe("9876500001");
    }
  });

  it("keeps a number that merely starts with 91", () => {
    expect(ZCitizenMobile.parse("9123456789")).toBe("9123456789");
  });

  it("refuses what is not an Indian mobile number, with one message", () => {
    for (const typed of ["", "98765", "5876500001", "98765000012", "+44 7700 900123", "98765o0001", "1".repeat(30)]) {
      const result = ZCitizenMobile.safeParse(typed);
      expect(result.success).toBe(false);
      expect(result.error?.issues[0]?.message).toBe("Enter a 10-digit Indian mobile number, such as 98765 43210");
    }
  });
});

describe("one-time codes", () => {
  it("takes exactly six digits as a code", () => {
    expect(ZOneTimeCode.parse(" 012345 ")).toBe("012345");
    for (const typed of ["12345", "1234567", "12a456", ""]) expect(ZOneTimeCode.safeParse(typed).success).toBe(false);
  });
});
