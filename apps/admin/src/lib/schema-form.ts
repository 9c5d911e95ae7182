import { z } from "zod";

// "a, b.c" → ["a", "b.c"]; the API checks each against the JSON Schema.
const fieldList = z.string().transform((text) =>
  text
    .split(",")
    .map((field) => field.trim())
    .filter(Boolean),
);

/** The words of the form's own checks, in the portal's language. */
export type TSchemaFormMessages = {
  required: string;
  notAnObject: string;
  notJson: (reason: string) => string;
};

/**
 * The form's checks, worded by the caller. The JSON Schema as typed: JSON text that must parse to an object, with the
 * parser's own words when it does not. A new schema also needs its name and title.
 */
export const schemaFormSchemas = (messages: TSchemaFormMessages) => {
  const jsonSchemaText = z.string().transform((text, context) => {
    try {
      const parsed: unknown = JSON.parse(text);
      if (!parsed || typeof parsed !== "object" || Array.isArray(parsed)) {
        context.addIssue({ code: "custom", message: messages.notAnObject });
        return z.NEVER;
      }
      return parsed as Record<string, unknown>;
    } catch (error) {
      context.addIssue({ code: "custom", message: messages.notJson((error as Error).message) });
      return z.NEVER;
    }
  });
  const version = z.object({
    credentialType: z.string().trim().min(1, messages.required),
    subjectSchema: jsonSchemaText,
    qrFields: fieldList,
    verifierFields: fieldList,
  });
  const created = version.extend({
    name: z.string().trim().min(1, messages.required),
    title: z.string().trim().min(1, messages.required),
    description: z.string().trim(),
  });
  return { version, created };
};

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
