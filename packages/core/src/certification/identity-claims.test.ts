import { describe, expect, it } from "vitest";
import type { TClaimedIdentity } from "./dose-request";
import { contradictedFields, contradictionMessage } from "./identity-claims";

const stored: TClaimedIdentity = {
  name: "Bhaya Mitra",
  dateOfBirth: new Date("1994-11-30T00:00:00Z"),
  age: null,
  gender: "MALE",
  identityType: "AADHAAR",
  identityNumber: "234234333412",
};
const on = new Date("2026-11-30T09:00:00Z");

describe("contradictedFields", () => {
  it("finds nothing when the row agrees, as people write names", () => {
    expect(contradictedFields({ ...stored, name: "  bhaya  MITRA" }, stored, on)).toEqual([]);
    expect(contradictedFields({ ...stored, name: "Bhaya\u00A0Mitra" }, stored, on)).toEqual([]);
  });

  it("names each field that differs, in the request's terms", () => {
    const claimed: TClaimedIdentity = {
      name: "Bhaya Mitro",
      dateOfBirth: new Date("1994-11-29T00:00:00Z"),
      age: null,
      gender: "FEMALE",
      identityType: "PASSPORT",
      identityNumber: "234234333412",
    };
    expect(contradictedFields(claimed, stored, on)).toEqual([
      "recipient.name",
      "recipient.dob",
      "recipient.gender",
      "recipient.identity",
    ]);
    expect(contradictedFields({ ...stored, identityNumber: "234234333413" }, stored, on)).toEqual([
      "recipient.identity",
    ]);
  });

  it("reads an age against a date of birth, a year either side", () => {
    const byAge = (age: number): TClaimedIdentity => ({ ...stored, dateOfBirth: null, age });
    expect(contradictedFields(byAge(32), stored, on)).toEqual([]);
    expect(contradictedFields(byAge(31), stored, on)).toEqual([]);
    expect(contradictedFields(byAge(45), stored, on)).toEqual(["recipient.age"]);
    const storedByAge = { ...stored, dateOfBirth: null, age: 32 };
    expect(contradictedFields(stored, storedByAge, on)).toEqual([]);
    expect(contradictedFields(byAge(60), storedByAge, on)).toEqual(["recipient.age"]);
  });
});

describe("contradictionMessage", () => {
  it("says which fields, and nothing else", () => {
    expect(contradictionMessage(["recipient.name"])).toBe(
      "recipient.name does not match the recipient already registered with this identity or pre-enrolment code; nothing was issued",
    );
  });
});
