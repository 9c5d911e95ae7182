import type { TCorrectionDraft } from "@vax/core";
import { describe, expect, it } from "vitest";
import {
  correctionChanges,
  correctionFormSchema,
  correctionFormValues,
  formFieldOf,
  type TCorrectionFormMessages,
} from "./correction-form";

const draft: TCorrectionDraft = {
  certificateId: "AAAA-BBBB-CCCC",
  status: "ACTIVE",
  credential: {},
  recipient: {
    name: "Meera Iyengar",
    dateOfBirth: "1979-03-14",
    gender: "FEMALE",
    nationality: "Indian",
    identityType: "AADHAAR",
    identity: "AADHAAR XXXX XXXX 1234",
    address: { addressLine: "444, 2nd Street", district: "Bengaluru", state: "Karnataka", pincode: "560034" },
  },
  dose: { dose: 1, vaccineId: "v-covishield", batch: "4121Z005", vaccinatedOn: "2026-12-05", facilityId: "f-phc" },
  vaccines: [{ id: "v-covishield", name: "COVISHIELD" }],
  facilities: [{ id: "f-phc", name: "Primary Health Centre Jayanagar" }],
};

// The form gives its checks' words in the page's language; here each says which check and field it is.
const messages: TCorrectionFormMessages = {
  required: (field) => `${field}: required`,
  tooLong: (field, max) => `${field}: at most ${max}`,
  notADate: (field) => `${field}: not a date`,
  chooseGender: "gender: choose",
  chooseIdentityType: "identityType: choose",
};

describe("the correction form", () => {
  it("asks for nothing when nothing is changed", () => {
    expect(correctionChanges(draft, correctionFormValues(draft))).toEqual({});
  });

  it("sends only the fields that changed, nested as the correction routes take them", () => {
    const values = {
      ...correctionFormValues(draft),
      name: "Meera Iyengar Rao",
      district: "Bengaluru Urban",
      batch: "4121Z006",
      vaccinatedOn: "2026-12-04",
    };
    expect(JSON.parse(JSON.stringify(correctionChanges(draft, values)))).toEqual({
      recipient: { name: "Meera Iyengar Rao", address: { district: "Bengaluru Urban" } },
      dose: { batch: "4121Z006", vaccinatedAt: "2026-12-04" },
    });
  });

  it("sends the identity document's type and number together once either changes", () => {
    const values = { ...correctionFormValues(draft), identityType: "PASSPORT" as const, identityNumber: "K1234567" };
    expect(correctionChanges(draft, values).recipient).toEqual({
      identityType: "PASSPORT",
      identityNumber: "K1234567",
    });
    const sameType = { ...correctionFormValues(draft), identityNumber: "234567890124" };
    expect(correctionChanges(draft, sameType).recipient).toEqual({
      identityType: "AADHAAR",
      identityNumber: "234567890124",
    });
  });

  it("leaves an unknown date of birth out until one is typed", () => {
    const ageOnly = { ...draft, recipient: { ...draft.recipient, dateOfBirth: null } };
    expect(correctionChanges(ageOnly, correctionFormValues(ageOnly))).toEqual({});
    const typed = { ...correctionFormValues(ageOnly), dateOfBirth: "1979-03-14" };
    expect(correctionChanges(ageOnly, typed).recipient).toEqual({ dateOfBirth: "1979-03-14" });
  });

  it("needs a reason, and puts each check beside its field", () => {
    const result = correctionFormSchema(messages).safeParse({
      ...correctionFormValues(draft),
      name: " ",
      vaccinatedOn: "5/12/2026",
    });
    expect(result.success).toBe(false);
    expect(result.error?.issues.map(({ path, message }) => ({ path: path.join("."), message }))).toEqual([
      { path: "name", message: "name: required" },
      { path: "vaccinatedOn", message: "vaccinatedOn: not a date" },
      { path: "reason", message: "reason: required" },
    ]);
  });

  it("finds the field an API error names", () => {
    expect(formFieldOf("changes.recipient.name")).toBe("name");
    expect(formFieldOf("changes.dose.vaccinatedAt")).toBe("vaccinatedOn");
    expect(formFieldOf("changes.recipient.address.pincode")).toBe("pincode");
    expect(formFieldOf("reason")).toBe("reason");
    expect(formFieldOf("changes")).toBeNull();
  });
});
