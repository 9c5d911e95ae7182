import { subjectFields } from "@vax/credentials/verify";
import type { TCertificateDocument } from "@vax/pdf";
import { previewCertificateDocument } from "./preview-certificate-document";
import type { TTemplateSchema } from "./template-schema";

type TNode = {
  type?: unknown;
  title?: unknown;
  format?: unknown;
  enum?: unknown[];
  const?: unknown;
  minimum?: unknown;
  properties?: Record<string, TNode>;
};

// A made-up value of the kind each field takes, so the preview shows every field the schema can print.
const sampleValue = (node: TNode, name: string): unknown => {
  if (node.const !== undefined) return node.const;
  if (Array.isArray(node.enum) && node.enum.length > 0) return node.enum[0];
  if (node.format === "date") return "2021-07-02";
  if (node.format === "date-time") return "2021-07-02T09:30:00Z";
  if (node.type === "integer" || node.type === "number") return typeof node.minimum === "number" ? node.minimum : 1;
  if (node.type === "boolean") return true;
  if (node.properties) return sampleClaims(node);
  return typeof node.title === "string" ? `Sample ${node.title.toLowerCase()}` : `Sample ${name}`;
};

const sampleClaims = (schema: TNode): Record<string, unknown> =>
  Object.fromEntries(
    Object.entries(schema.properties ?? {}).map(([name, node]) => [name, sampleValue(node ?? {}, name)]),
  );

/**
 * The made-up credential of a schema a template preview is drawn with: the sample holder, and a sample value of
 * every field the schema states, labelled as the schema labels them; its QR says it is a sample.
 */
export const previewSchemaDocument = (
  issuer: TCertificateDocument["issuer"],
  verifyUrl: string,
  schema: TTemplateSchema,
): TCertificateDocument => {
  const vaccination = previewCertificateDocument(issuer, verifyUrl);
  const fields = subjectFields(sampleClaims(schema.subjectSchema as TNode), schema.subjectSchema).slice(0, 40);
  return {
    ...vaccination,
    programme: { name: schema.title },
    doses: [],
    // A schema with no field beyond the holder still previews: the holder block is what it prints.
    eventFields: fields.length > 0 ? fields : [{ key: "credential", label: "Credential", value: schema.title }],
  };
};
