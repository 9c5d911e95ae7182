import { z } from "zod";

// "a, b.c" → ["a", "b.c"]; the API checks each against the JSON Schema.
const fieldList = z.string().transform((text) =>
  text
    .split(",")
    .map((field) => field.trim())
    .filter(Boolean),
);

/** The JSON Schema as typed: JSON text that must parse to an object, with the parser's own words when it does not. */
export const ZJsonSchemaText = z.string().transform((text, context) => {
  try {
    const parsed: unknown = JSON.parse(text);
    if (!parsed || typeof parsed !== "object" || Array.isArray(parsed)) {
      context.addIssue({ code: "custom", message: "The JSON Schema must be a JSON object ({ … })" });
      return z.NEVER;
    }
    return parsed as Record<string, unknown>;
  } catch (error) {
    context.addIssue({ code: "custom", message: `Not valid JSON: ${(error as Error).message}` });
    return z.NEVER;
  }
});

/** A schema version as the portal's form holds it: the JSON Schema as text, the field choices as lists. */
export const ZSchemaVersionForm = z.object({
  credentialType: z.string().trim().min(1, "Required"),
  subjectSchema: ZJsonSchemaText,
  qrFields: fieldList,
  verifierFields: fieldList,
});

/** A new schema as the portal's form holds it. */
export const ZNewSchemaForm = ZSchemaVersionForm.extend({
  name: z.string().trim().min(1, "Required"),
  title: z.string().trim().min(1, "Required"),
  description: z.string().trim(),
});

/** The form's text fields. */
export type TSchemaFormFields = {
  name: string;
  title: string;
  description: string;
  credentialType: string;
  subjectSchema: string;
  qrFields: string;
  verifierFields: string;
};

/** The form field an API error detail belongs to: `subjectSchema.properties.a` is the JSON Schema's text box. */
export const formFieldOf = (path: string): keyof TSchemaFormFields | undefined => {
  const [head] = path.split(".");
  const fields: Array<keyof TSchemaFormFields> = [
    "name",
    "title",
    "description",
    "credentialType",
    "subjectSchema",
    "qrFields",
    "verifierFields",
  ];
  return fields.find((field) => field === head);
};
