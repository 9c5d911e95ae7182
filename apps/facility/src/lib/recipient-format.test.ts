import { describe, expect, it } from "vitest";
import { describeIdentity, describePerson } from "./recipient-format";

describe("how the facility app shows a recipient", () => {
  it("counts the age in whole years, the birthday not yet reached this year", () => {
    const today = new Date(2026, 2, 8);
    expect(describePerson({ gender: "FEMALE", dateOfBirth: "1984-03-09", age: null }, today)).toBe(
      "Female, 41 years (born 1984-03-09)",
    );
    expect(describePerson({ gender: "FEMALE", dateOfBirth: "1984-03-08", age: null }, today)).toBe(
      "Female, 42 years (born 1984-03-08)",
    );
  });

  it("says 'about' when only the age is known", () => {
    expect(describePerson({ gender: "MALE", dateOfBirth: null, age: 67 })).toBe("Male, about 67 years");
    expect(describePerson({ gender: "OTHER", dateOfBirth: null, age: null })).toBe("Other");
  });

  it("masks an Aadhaar number but for its last four digits, and shows other documents whole", () => {
    expect(describeIdentity({ identityType: "AADHAAR", identityNumber: "234567890123" })).toBe(
      "Aadhaar XXXX XXXX 0123",
    );
    expect(describeIdentity({ identityType: "PASSPORT", identityNumber: "K1234567" })).toBe("Passport K1234567");
    expect(describeIdentity({ identityType: "RATION_CARD", identityNumber: "RC/44" })).toBe("RATION_CARD RC/44");
  });

  it("masks every document in a list of search results but for its last digits", () => {
    const masked = { masked: true };
    expect(describeIdentity({ identityType: "AADHAAR", identityNumber: "234567890123" }, masked)).toBe(
      "Aadhaar XXXX XXXX 0123",
    );
    expect(describeIdentity({ identityType: "PASSPORT", identityNumber: "K1234567" }, masked)).toBe(
      "Passport XXXX 4567",
    );
  });
});
