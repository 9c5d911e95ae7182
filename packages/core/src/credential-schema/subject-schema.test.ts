import { describe, expect, it } from "vitest";
import { AppError } from "../errors";
import { checkSubjectSchema, MAX_SUBJECT_SCHEMA_CHARS, subjectProblems } from "./subject-schema";

const refusal = (schema: unknown) => {
  try {
    checkSubjectSchema(schema);
  } catch (error) {
    expect(error).toBeInstanceOf(AppError);
    return error as AppError;
  }
  throw new Error("The schema was accepted");
};

describe("checkSubjectSchema", () => {
  it("accepts an object schema with local references", () => {
    const schema = {
      type: "object",
      properties: { unit: { $ref: "#/$defs/unit" } },
      $defs: { unit: { type: "string" } },
    };
    expect(checkSubjectSchema(schema)).toBe(schema);
  });

  it("refuses what is not a sane subject schema, naming where", () => {
    expect(refusal({ type: "string" }).details).toContainEqual({
      path: "subjectSchema.type",
      message: expect.any(String),
    });
    expect(refusal({ type: "object", properties: { "@id": { type: "string" } } }).details[0]?.path).toBe(
      "subjectSchema.properties.@id",
    );
    expect(refusal({ type: "object", properties: { a: { type: "strng" } } }).message).toBe(
      "The JSON Schema is not valid",
    );
    expect(refusal({ type: "object", propertys: {} }).details[0]?.message).toMatch(/unknown keyword/);
    const huge = { type: "object", description: "x".repeat(MAX_SUBJECT_SCHEMA_CHARS) };
    expect(refusal(huge).message).toBe("The JSON Schema is too large");
  });
});

describe("checkSubjectSchema on what a credential could not carry", () => {
  it("refuses a free-text type, which the generated context cannot define, and accepts named classes", () => {
    expect(refusal({ type: "object", properties: { type: { type: "string" } } }).details[0]?.path).toBe(
      "subjectSchema.properties.type",
    );
    const named = { type: "object", properties: { type: { enum: ["TestedPerson", "Trainee"] } } };
    expect(checkSubjectSchema(named)).toBe(named);
  });

  it("refuses a pattern that backtracks without bound, and keeps a plain one", () => {
    const pattern = (regex: string) => ({ type: "object", properties: { code: { type: "string", pattern: regex } } });
    expect(refusal(pattern("^(a+)+$")).details[0]?.path).toBe("subjectSchema.properties.code.pattern");
    expect(checkSubjectSchema(pattern("^[A-Z]{2}-[0-9]{4}$"))).toBeTruthy();
  });
});

describe("subjectProblems", () => {
  const version = {
    id: "unit-test-version",
    subjectSchema: {
      type: "object",
      required: ["name", "result"],
      additionalProperties: false,
      properties: {
        name: { type: "string" },
        result: { enum: ["Positive", "Negative"] },
        sampledAt: { type: "string", format: "date-time" },
        lab: { type: "object", required: ["name"], properties: { name: { type: "string" } } },
      },
    },
  };

  it("names each field that fails and why", () => {
    expect(subjectProblems(version, { result: "Maybe", sampledAt: "yesterday", lab: {}, colour: "red" })).toEqual([
      { path: "credentialSubject.name", message: "Required" },
      { path: "credentialSubject.colour", message: "Not a field of this schema" },
      { path: "credentialSubject.result", message: "Must be one of Positive, Negative" },
      { path: "credentialSubject.sampledAt", message: 'Must match format "date-time"' },
      { path: "credentialSubject.lab.name", message: "Required" },
    ]);
  });

  it("finds nothing wrong with a valid subject", () => {
    expect(subjectProblems(version, { name: "Asha", result: "Negative", lab: { name: "District Lab" } })).toEqual([]);
  });
});
