import { createCredentialSchema } from "../credential-schema/create-credential-schema";
import { ZCredentialSchemaInput } from "../schemas/credential-schema";
import type { TActor } from "../shared/actor";

/** A tenant's own schema for the tests: a training certificate, its subject's JSON Schema. */
export const trainingSchema = {
  type: "object",
  required: ["name", "course", "completedOn"],
  additionalProperties: false,
  properties: {
    name: { type: "string", minLength: 1 },
    course: {
      type: "object",
      required: ["title", "hours"],
      properties: { title: { type: "string" }, hours: { type: "integer", minimum: 1 } },
    },
    completedOn: { type: "string", format: "date" },
  },
};

/** A subject the training schema accepts. */
export const trainingSubject = {
  name: "Asha Devi",
  course: { title: "Cold chain handling", hours: 12 },
  completedOn: "2026-11-30",
};

/** Creates the training schema under `name`, its QR and verifier fields the name, the course title and the date. */
export const createTrainingSchema = (actor: TActor, name: string) =>
  createCredentialSchema({
    actor,
    input: ZCredentialSchemaInput.parse({
      name,
      title: "Training certificate",
      credentialType: "TrainingCertificateCredential",
      subjectSchema: trainingSchema,
      qrFields: ["name", "course.title", "completedOn"],
      verifierFields: ["name", "course.title", "completedOn"],
    }),
  });
