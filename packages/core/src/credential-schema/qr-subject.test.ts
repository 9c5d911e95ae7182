import { describe, expect, it } from "vitest";
import { qrSubject } from "./qr-subject";

const subject = {
  id: "did:example:holder",
  type: "TrainedPerson",
  name: "Ananya Rao",
  birthDate: "1985-03-14",
  course: { title: "Cold chain handling", hours: 12, provider: { name: "NIHFW", city: "Delhi" } },
  modules: [
    { code: "CC-1", score: 91 },
    { code: "CC-2", score: 78 },
  ],
};

describe("qrSubject", () => {
  it("keeps the named fields, nested ones inside their parents, and the subject's id and type", () => {
    expect(qrSubject(subject, ["name", "course.provider.name", "course.title"])).toEqual({
      id: "did:example:holder",
      type: "TrainedPerson",
      name: "Ananya Rao",
      course: { title: "Cold chain handling", provider: { name: "NIHFW" } },
    });
  });

  it("picks through arrays element by element", () => {
    expect(qrSubject(subject, ["modules.code"])).toMatchObject({ modules: [{ code: "CC-1" }, { code: "CC-2" }] });
  });

  it("takes a whole object or array when the path ends at it, and leaves out what the subject does not state", () => {
    const picked = qrSubject(subject, ["course.provider", "modules", "missing", "birthDate.year"]);
    expect(picked.course).toEqual({ provider: { name: "NIHFW", city: "Delhi" } });
    expect(picked.modules).toEqual(subject.modules);
    expect(picked).not.toHaveProperty("missing");
    expect(picked).not.toHaveProperty("birthDate");
  });

  it("reads own properties only", () => {
    expect(qrSubject({ name: "A" }, ["constructor", "__proto__.polluted"])).toEqual({});
  });
});
