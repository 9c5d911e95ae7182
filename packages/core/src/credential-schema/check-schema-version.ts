import { vcReservedTerms } from "@vax/credentials/w3c";
import { AppError } from "../errors";
import type { TSchemaVersionInput } from "../schemas/credential-schema";
import { unknownFieldProblems } from "./field-paths";
import { checkSubjectSchema } from "./subject-schema";

/**
 * Checks a version before it is published: a JSON Schema fit for credential subjects, a credential type that does
 * not clash with the VC 2.0 context's terms, and QR and verifier fields that the schema has. Throws
 * VALIDATION_FAILED naming each problem; answers the columns to store.
 */
export const checkSchemaVersion = (input: TSchemaVersionInput) => {
  const subjectSchema = checkSubjectSchema(input.subjectSchema);
  const problems = [
    ...(vcReservedTerms().has(input.credentialType)
      ? [{ path: "credentialType", message: "This name is a term of the VC 2.0 context; choose another" }]
      : []),
    ...unknownFieldProblems(subjectSchema, input.qrFields, "qrFields"),
    ...unknownFieldProblems(subjectSchema, input.verifierFields, "verifierFields"),
  ];
  if (problems.length) throw new AppError("VALIDATION_FAILED", "The schema version cannot be published", problems);
  return {
    credentialType: input.credentialType,
    subjectSchema: subjectSchema as object,
    qrFields: input.qrFields,
    verifierFields: input.verifierFields,
  };
};
