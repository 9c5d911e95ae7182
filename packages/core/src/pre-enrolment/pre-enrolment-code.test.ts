import { describe, expect, it } from "vitest";
import { ZPreEnrolmentCode, ZPreEnrolmentInput } from "../schemas/pre-enrolment";
import { newPreEnrolmentCode, PRE_ENROLMENT_CODE_LENGTH } from "./pre-enrolment-code";

describe("pre-enrolment codes", () => {
  it("are made of capitals and digits that cannot be misread, and differ each time", () => {
    const codes = Array.from({ length: 2_000 }, newPreEnrolmentCode);
    for (const code of codes) {
      expect(code).toHaveLength(PRE_ENROLMENT_CODE_LENGTH);
      expect(code).toMatch(/^[2-9A-HJKMNP-TV-Z]+$/);
    }
    expect(new Set(codes).size).toBe(codes.length);
  });

  it("are valid as a caller's code too", () => {
    expect(ZPreEnrolmentCode.parse(newPreEnrolmentCode())).toMatch(/^[A-Z0-9]{8}$/);
  });

  it("take a caller's code in capitals, and an empty one as none", () => {
    expect(ZPreEnrolmentCode.parse("  pe-2026-0042 ")).toBe("PE-2026-0042");
    expect(ZPreEnrolmentCode.parse("")).toBeNull();
    expect(ZPreEnrolmentCode.parse(undefined)).toBeNull();
  });

  it("refuse a code too short, too long or with other characters", () => {
    for (const bad of ["AB1", "-ABCD", "AB CD", "ABC/123", "X".repeat(41)]) {
      expect(ZPreEnrolmentCode.safeParse(bad).success, bad).toBe(false);
    }
  });
});

describe("a pre-enrolment without a recipient", () => {
  it("is refused field by field, not thrown on", () => {
    const parsed = ZPreEnrolmentInput.safeParse({});
    expect(parsed.success).toBe(false);
    expect(parsed.error?.issues.map((issue) => issue.path.join("."))).toEqual(["programmeId", "recipient"]);
  });
});
