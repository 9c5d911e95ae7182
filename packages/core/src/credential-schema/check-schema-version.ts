import { vcReservedTerms } from "@vax/credentials/w3c";
import { AppError } from "../errors";
import type { TSchemaVersionInput } from "../schemas/credential-schema";
import { unknownFieldProblems } from "./field-paths";
import { checkSubjectSchema } from "./subject-schema";

const inQr = (field: string, qrFields: string[]) =>
  qrFields.some((taken) => field === taken || field.startsWith(`${taken}.`));

// A verifier reads the QR alone: when the QR carries some fields only, each field shown to a verifier must be one.
const fieldsMissingFromQr = (qrFields: string[], verifierFields: string[]) =>
  qrFields.length === 0
    ? []
    : verifierFields.flatMap((field, index) =>
        inQr(field, qrFields)
          ? []
          : [
              {
                path: `verifierFields.${index}`,
                message: `A verifier reads only the QR: add ${field} to the QR fields`,
              },
            ],
      );

/**
 * Checks a version before it is published: a JSON Schema fit for credential subjects, a credential type that does
 * not clash with the VC 2.0 context's terms, QR and verifier fields that the schema has, and no verifier field the
 * QR leaves out. Throws
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
    ...fieldsMissingFromQr(input.qrFields, input.verifierFields),
  ];
  if (problems.length) throw new AppError("VALIDATION_FAILED", "The schema version cannot be published", problems);
  return {
    credentialType: input.credentialType,
    subjectSchema: subjectSchema as object,
    qrFields: input.qrFields,
    verifierFields: input.verifierFields,
  };
};
