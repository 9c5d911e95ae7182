import { describe, expect, it } from "vitest";
import { type TRecipientInput, ZRecipientInput, ZRecipientSearch } from "../schemas/recipient";

const valid: TRecipientInput = {
  name: "Lakshmi Devi",
  dateOfBirth: "1984-03-09",
  gender: "FEMALE",
  identityType: "AADHAAR",
  identityNumber: "2345 6789 0124",
  mobile: "9845012345",
};

const problems = (input: Partial<TRecipientInput>) => {
  const result = ZRecipientInput.safeParse({ ...valid, ...input });
  return result.success
    ? {}
    : Object.fromEntries(result.error.issues.map((issue) => [issue.path.join("."), issue.message]));
};

const isoDay = (offsetDays: number) => new Date(Date.now() + offsetDays * 86_400_000).toISOString().slice(0, 10);

describe("a walk-in recipient", () => {
  it("defaults nationality and country to IN and keeps no age beside a date of birth", () => {
    expect(ZRecipientInput.parse({ ...valid, age: "41" })).toMatchObject({
      identityNumber: "234567890124",
      nationality: "IN",
      country: "IN",
      age: null,
      email: "",
    });
  });

  it("needs a date of birth or an age", () => {
    expect(problems({ dateOfBirth: "", age: "" })).toEqual({
      dateOfBirth: "Enter the date of birth, or the age in years when the date is not known",
    });
    expect(ZRecipientInput.parse({ ...valid, dateOfBirth: "", age: "7" })).toMatchObject({ dateOfBirth: null, age: 7 });
    expect(ZRecipientInput.parse({ ...valid, dateOfBirth: undefined, age: 0 })).toMatchObject({ age: 0 });
  });

  it("refuses a date of birth in the future, too long ago or not on the calendar", () => {
    expect(problems({ dateOfBirth: isoDay(3) })).toEqual({ dateOfBirth: "Date of birth cannot be in the future" });
    expect(problems({ dateOfBirth: "1890-05-01" })).toEqual({
      dateOfBirth: "Date of birth must be within the last 120 years",
    });
    expect(problems({ dateOfBirth: "2023-02-30" })).toMatchObject({
      dateOfBirth: "Date of birth must be a date (YYYY-MM-DD)",
    });
    expect(problems({ dateOfBirth: isoDay(0) })).toEqual({});
  });

  it("refuses an age out of range or not whole", () => {
    expect(problems({ dateOfBirth: "", age: "121" })).toEqual({ age: "Age must be between 0 and 120 years" });
    expect(problems({ dateOfBirth: "", age: "4.5" })).toEqual({ age: "Age must be a whole number of years" });
    expect(problems({ dateOfBirth: "", age: "-1" })).toEqual({ age: "Age must be between 0 and 120 years" });
  });

  it("checks the identity number against its document type", () => {
    expect(problems({ identityNumber: "1234 5678 9012" })).toEqual({
      identityNumber: "An Aadhaar number is 12 digits and does not start with 0 or 1",
    });
    expect(problems({ identityNumber: "23456789012" })).toHaveProperty("identityNumber");
    // Two neighbouring digits swapped: the Verhoeff check digit no longer matches.
    expect(problems({ identityNumber: "2345 6789 0214" })).toEqual({
      identityNumber:
        "This is not a valid Aadhaar number: its last digit does not match the others. Check each digit against the card",
    });
    expect(problems({ identityType: "PASSPORT", identityNumber: "k1234567" })).toEqual({});
    expect(problems({ identityType: "PASSPORT", identityNumber: "K12" })).toHaveProperty("identityNumber");
    expect(problems({ identityType: "VOTER_ID", identityNumber: "ABC1234567" })).toEqual({});
    expect(problems({ identityType: "VOTER_ID", identityNumber: "AB12345678" })).toHaveProperty("identityNumber");
    expect(problems({ identityType: "DRIVING_LICENCE", identityNumber: "KA01 20150001234" })).toEqual({});
    expect(problems({ identityType: "DRIVING_LICENCE", identityNumber: "0120150001234" })).toHaveProperty(
      "identityNumber",
    );
    expect(problems({ identityType: "OTHER", identityNumber: "RATION/4471" })).toEqual({});
    expect(problems({ identityNumber: "" })).toEqual({ identityNumber: "Identity number is required" });
    expect(problems({ identityType: "NATIONAL_ID" as never })).toEqual({ identityType: "Choose an identity document" });
  });

  it("takes a 10-digit mobile number, with or without +91", () => {
    expect(ZRecipientInput.parse({ ...valid, mobile: "+91 98450-12345" }).mobile).toBe("9845012345");
    expect(ZRecipientInput.parse({ ...valid, mobile: "09845012345" }).mobile).toBe("9845012345");
    expect(problems({ mobile: "98450" })).toEqual({ mobile: "Mobile number must be 10 digits" });
    expect(problems({ mobile: "" })).toEqual({ mobile: "Mobile number is required" });
  });

  it("needs a name and a gender", () => {
    expect(problems({ name: "  ", gender: "" as never })).toEqual({
      name: "Name is required",
      gender: "Choose a gender",
    });
  });

  it("shows every problem at once, the ones across fields too", () => {
    expect(problems({ name: "", dateOfBirth: "", identityNumber: "12" })).toEqual({
      name: "Name is required",
      dateOfBirth: "Enter the date of birth, or the age in years when the date is not known",
      identityNumber: "An Aadhaar number is 12 digits and does not start with 0 or 1",
    });
  });
});

describe("a recipient search", () => {
  it("needs at least 4 characters", () => {
    expect(ZRecipientSearch.safeParse({ q: " 98 " }).success).toBe(false);
    expect(ZRecipientSearch.parse({ q: " 9876500001 " })).toEqual({ q: "9876500001" });
  });
});
