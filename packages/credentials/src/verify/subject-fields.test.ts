import { describe, expect, it } from "vitest";
import { credentialDisplay, displayedFields, subjectFields } from "./subject-fields.ts";

const trainingSchema = {
  type: "object",
  properties: {
    type: { const: "Trainee" },
    name: { type: "string" },
    course: { type: "string", title: "Course" },
    completedOn: { type: "string", format: "date" },
    hours: { type: "integer" },
    trainer: {
      type: "object",
      properties: { name: { type: "string", title: "Trainer" }, licence: { type: "string" } },
    },
  },
};

const claims = {
  type: "Trainee",
  name: "Asha Verma",
  course: "Cold chain handling",
  completedOn: "2026-11-02",
  hours: 12,
  topics: ["storage", "transport"],
  trainer: { name: "Dr Rao", licence: "TR-8", address: { city: "Pune" } },
};

describe("subjectFields", () => {
  it("lists what a subject states beyond its holder, labelled by the schema or in words, dates marked", () => {
    expect(subjectFields(claims, trainingSchema)).toEqual([
      { key: "course", label: "Course", value: "Cold chain handling", kind: "text" },
      { key: "completedOn", label: "Completed on", value: "2026-11-02", kind: "date" },
      { key: "hours", label: "Hours", value: "12", kind: "text" },
      { key: "topics", label: "Topics", value: "storage, transport", kind: "text" },
      { key: "trainer_name", label: "Trainer", value: "Dr Rao", kind: "text" },
      { key: "trainer_licence", label: "Trainer: licence", value: "TR-8", kind: "text" },
    ]);
  });

  it("picks and orders the fields named, as dotted paths", () => {
    expect(subjectFields(claims, trainingSchema, ["trainer.name", "course"]).map((field) => field.key)).toEqual([
      "trainer_name",
      "course",
    ]);
  });
});

describe("a schema's display for verifiers", () => {
  it("labels each verifier field from the schema, leaves the holder out, and shows only what the subject states", () => {
    const display = credentialDisplay("Training certificate", trainingSchema, [
      "name",
      "course",
      "completedOn",
      "trainer.name",
      "missing",
    ]);
    expect(display).toEqual({
      title: "Training certificate",
      fields: [
        { path: "course", label: "Course", kind: "text" },
        { path: "completedOn", label: "Completed on", kind: "date" },
        { path: "trainer.name", label: "Trainer", kind: "text" },
        { path: "missing", label: "Missing", kind: "text" },
      ],
    });
    expect(displayedFields(claims, display).map((field) => [field.label, field.value])).toEqual([
      ["Course", "Cold chain handling"],
      ["Completed on", "2026-11-02"],
      ["Trainer", "Dr Rao"],
    ]);
  });

  it("never reads a prototype's property for a path", () => {
    const display = credentialDisplay("Odd", {}, ["__proto__.toString", "constructor"]);
    expect(displayedFields({}, display)).toEqual([]);
  });
});
