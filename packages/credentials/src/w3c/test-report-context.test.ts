import { describe, expect, it } from "vitest";
import { readVector } from "../verify/vectors.ts";
import { TEST_REPORT_CREDENTIAL_TYPE, testReportContext, testReportSubjectSchema } from "./test-report-context.ts";

// DIVOC ships its context as a CommonJS module: the object literal between "=" and "module.exports" is JSON.
const divocContext = (): Record<string, Record<string, unknown>> => {
  const text = readVector("divoc/test-certificate-context.js");
  const literal = text
    .slice(text.indexOf("=") + 1, text.indexOf("module.exports"))
    .trim()
    .replace(/;$/, "");
  return (JSON.parse(literal) as { "@context": Record<string, Record<string, unknown>> })["@context"];
};

// DIVOC's test details that describe the test itself; its certificate id, URLs and verifier signature image are not.
const TEST_TERMS = [
  "testType",
  "testName",
  "manufacturer",
  "disease",
  "sampleOrigin",
  "sampleCollectionTimestamp",
  "resultTimestamp",
  "result",
  "facility",
];

describe("the built-in test report", () => {
  it("carries DIVOC's test certificate type and the terms of its test details, each defined by our context", () => {
    const divoc = divocContext();
    expect(divoc[TEST_REPORT_CREDENTIAL_TYPE]).toBeDefined();
    const details = (divoc.TestDetails?.["@context"] ?? {}) as Record<string, unknown>;
    const properties = Object.keys(testReportSubjectSchema().properties ?? {});
    const terms = testReportContext("https://vax.example")["@context"] as Record<string, unknown>;
    for (const term of TEST_TERMS) {
      expect(details, term).toHaveProperty(term);
      expect(properties, term).toContain(term);
      expect(terms[term], term).toBeDefined();
    }
    expect(terms.sampleCollectionTimestamp).toEqual({
      "@id": "vax:sampleCollectionTimestamp",
      "@type": "xsd:dateTime",
    });
  });
});
