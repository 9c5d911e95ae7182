import { describe, expect, it } from "vitest";
import { type FhirBundle, minifyFhirBundle } from "./fhir-bundle.ts";

describe("minifyFhirBundle", () => {
  it("applies the SMART Health Cards size rules", () => {
    const bundle: FhirBundle = {
      resourceType: "Bundle",
      type: "collection",
      entry: [
        {
          fullUrl: "urn:uuid:1f4b",
          resource: {
            resourceType: "Patient",
            id: "p1",
            meta: { lastUpdated: "2021-01-01", security: [{ system: "s", code: "IAL1.2" }] },
            text: { status: "generated", div: "<div/>" },
            name: [{ family: "Doe", given: ["Jane"], period: {} }],
            telecom: [],
            birthDate: "1980-02-03",
          },
        },
        {
          fullUrl: "https://ehr.example/Immunization/9",
          resource: {
            resourceType: "Immunization",
            id: "9",
            meta: { versionId: "3" },
            status: "completed",
            vaccineCode: {
              text: "Moderna",
              coding: [{ system: "http://hl7.org/fhir/sid/cvx", code: "207", display: "Moderna" }],
            },
            patient: { reference: "Patient/p1" },
            occurrenceDateTime: "2021-01-01",
            performer: [{ actor: { display: "ABC General Hospital" } }],
            note: null,
          },
        },
      ],
    };
    expect(minifyFhirBundle(bundle)).toEqual({
      resourceType: "Bundle",
      type: "collection",
      entry: [
        {
          fullUrl: "resource:0",
          resource: {
            resourceType: "Patient",
            meta: { security: [{ system: "s", code: "IAL1.2" }] },
            name: [{ family: "Doe", given: ["Jane"] }],
            birthDate: "1980-02-03",
          },
        },
        {
          fullUrl: "resource:1",
          resource: {
            resourceType: "Immunization",
            status: "completed",
            vaccineCode: { coding: [{ system: "http://hl7.org/fhir/sid/cvx", code: "207" }] },
            patient: { reference: "resource:0" },
            occurrenceDateTime: "2021-01-01",
            performer: [{ actor: { display: "ABC General Hospital" } }],
          },
        },
      ],
    });
  });
});
