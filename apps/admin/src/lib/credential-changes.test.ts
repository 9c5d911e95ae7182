import { describe, expect, it } from "vitest";
import { credentialChanges } from "./credential-changes";

const status = (index: string) =>
  (["revocation", "suspension"] as const).map((purpose) => ({
    id: `https://verify.example/tenants/demo/status/${purpose}/1#${index}`,
    type: "BitstringStatusListEntry",
    statusPurpose: purpose,
    statusListIndex: index,
    statusListCredential: `https://verify.example/tenants/demo/status/${purpose}/1`,
  }));

const dose = (doseNumber: number, batch: string, date: string) => ({
  type: "VaccinationDose",
  vaccine: {
    type: "Vaccine",
    name: "COVISHIELD",
    manufacturer: { type: "Manufacturer", name: "Serum Institute of India" },
  },
  batch,
  date,
  doseNumber,
  totalDoses: 2,
  facility: { type: "Facility", name: "District Hospital Yelahanka", country: "IN" },
});

const signed = {
  "@context": ["https://www.w3.org/ns/credentials/v2"],
  id: "urn:vax:certificate:AAAA-BBBB-CCCC",
  type: ["VerifiableCredential", "VaccinationCertificate"],
  issuer: "did:web:verify.example:tenants:demo",
  validFrom: "2026-12-01T10:00:00Z",
  credentialSubject: {
    type: "VaccinationRecipient",
    name: "Ravi Kumar",
    birthDate: "1980-04-02",
    gender: "Male",
    doses: [dose(1, "4121Z005", "2026-10-01"), dose(2, "4121Z040", "2026-11-01")],
  },
  credentialStatus: status("1234"),
  proof: { type: "DataIntegrityProof", proofValue: "z3abc" },
};

describe("credentialChanges", () => {
  it("finds each corrected fact with its old and new value, apart from what the new version gets anew, but not its placeholder id", () => {
    const preview = structuredClone(signed) as Record<string, unknown> & typeof signed;
    delete (preview as { proof?: unknown }).proof;
    preview.id = "urn:vax:certificate:DDDD-EEEE-FFFF";
    preview.validFrom = "2026-12-06T08:00:00Z";
    preview.credentialSubject.name = "Ravi Kumaar";
    preview.credentialSubject.doses[1] = dose(2, "4121Z041", "2026-11-01");
    preview.credentialStatus = status("99");

    expect(credentialChanges(signed, preview)).toEqual({
      corrected: [
        { field: { part: "subject", name: "name" }, before: "Ravi Kumar", after: "Ravi Kumaar" },
        { field: { part: "dose", dose: "2", name: "batch" }, before: "4121Z040", after: "4121Z041" },
      ],
      reissued: [
        { field: { part: "other", name: "validFrom" }, before: "2026-12-01T10:00:00Z", after: "2026-12-06T08:00:00Z" },
        {
          field: { part: "status", purpose: "revocation", index: "0", name: "statusListIndex" },
          before: "1234",
          after: "99",
        },
        {
          field: { part: "status", purpose: "suspension", index: "1", name: "statusListIndex" },
          before: "1234",
          after: "99",
        },
      ],
    });
  });

  it("shows a fact the correction adds or drops, such as a date of birth, against nothing", () => {
    const preview = structuredClone(signed);
    delete (preview.credentialSubject as { birthDate?: string }).birthDate;
    (preview.credentialSubject as Record<string, unknown>).identifier = "PASSPORT K1234567";
    expect(credentialChanges(signed, preview).corrected).toEqual([
      { field: { part: "subject", name: "birthDate" }, before: "1980-04-02", after: null },
      { field: { part: "subject", name: "identifier" }, before: null, after: "PASSPORT K1234567" },
    ]);
  });

  it("finds nothing to show when only the proof differs", () => {
    const preview = structuredClone(signed) as Partial<typeof signed>;
    delete preview.proof;
    expect(credentialChanges(signed, preview)).toEqual({ corrected: [], reissued: [] });
  });
});
