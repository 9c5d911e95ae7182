import { contexts as credentialsContexts } from "@digitalbazaar/credentials-context";

const VC_V2 = "https://www.w3.org/ns/credentials/v2";
const XSD = "http://www.w3.org/2001/XMLSchema#";

/** A JSON Schema as far as a context is made from it: its properties, their types and formats, nested. */
export type TSubjectJsonSchema = {
  type?: unknown;
  format?: unknown;
  const?: unknown;
  enum?: unknown;
  properties?: Record<string, TSubjectJsonSchema>;
  items?: TSubjectJsonSchema | TSubjectJsonSchema[];
  $defs?: Record<string, TSubjectJsonSchema>;
  definitions?: Record<string, TSubjectJsonSchema>;
  [keyword: string]: unknown;
};

/** Options for {@link schemaContext}. */
export type SchemaContextOptions = {
  /** The URL the context is served at and credentials name; its terms are `<url>#<term>`. */
  url: string;
  /** The credential type, e.g. `TrainingCertificateCredential`. */
  credentialType: string;
  subjectSchema: TSubjectJsonSchema;
};

/**
 * The terms the VC 2.0 context defines (and protects) at its top: `id`, `type`, `name`, `description` and the
 * credential classes. A context listed after it may not redefine them, so a subject property of that name keeps the
 * VC 2.0 meaning (schema.org's `name`, as the vaccination credential's subject uses it).
 */
export const vcReservedTerms = (): Set<string> => {
  const v2 = credentialsContexts.get(VC_V2) as { "@context": Record<string, unknown> };
  return new Set(Object.keys(v2["@context"]));
};

const XSD_FORMATS: Record<string, string> = { date: "xsd:date", "date-time": "xsd:dateTime" };

// Every property name at any depth, with its XSD type when it is a date or a date-time string.
const collectTerms = (schema: TSubjectJsonSchema, terms: Map<string, string | null>, seen: Set<object>) => {
  if (!schema || typeof schema !== "object" || seen.has(schema)) return;
  seen.add(schema);
  for (const [name, property] of Object.entries(schema.properties ?? {})) {
    // The values a `type` property may take are classes: terms of their own, as the credential type is.
    if (name === "type" && property) {
      for (const value of [property.const, ...(Array.isArray(property.enum) ? property.enum : [])]) {
        if (typeof value === "string" && !terms.has(value)) terms.set(value, null);
      }
      continue;
    }
    const format = property && typeof property.format === "string" ? XSD_FORMATS[property.format] : undefined;
    const known = terms.get(name);
    // A name used with two meanings (a date here, free text there) gets no type rather than a wrong one.
    if (known === undefined) terms.set(name, format ?? null);
    else if (known !== (format ?? null)) terms.set(name, null);
    collectTerms(property, terms, seen);
  }
  for (const items of [schema.items].flat()) if (items) collectTerms(items, terms, seen);
  for (const group of [schema.$defs, schema.definitions]) {
    for (const definition of Object.values(group ?? {})) collectTerms(definition, terms, seen);
  }
};

/**
 * The JSON-LD context of a credential schema version, made from its JSON Schema: the credential type, every subject
 * property at any depth, and every class a `type` property names become terms under the context's own URL
 * (`<url>#term`), as our vaccination context does; date and date-time strings are typed. Terms the VC 2.0 context protects are left to it. The same
 * schema always gives the same context, so a verifier holding the schema can rebuild it. Contexts are made again
 * whenever served or published, so a change to what this makes changes issued credentials' meaning: keep it stable.
 */
export const schemaContext = ({
  url,
  credentialType,
  subjectSchema,
}: SchemaContextOptions): Record<string, unknown> => {
  const reserved = vcReservedTerms();
  const terms = new Map<string, string | null>();
  collectTerms(subjectSchema, terms, new Set());
  const context: Record<string, unknown> = {
    "@protected": true,
    id: "@id",
    type: "@type",
    vax: `${url}#`,
    xsd: XSD,
    [credentialType]: `vax:${credentialType}`,
  };
  for (const [name, type] of [...terms].sort(([a], [b]) => a.localeCompare(b))) {
    if (reserved.has(name) || name in context) continue;
    context[name] = type ? { "@id": `vax:${name}`, "@type": type } : `vax:${name}`;
  }
  return { "@context": context };
};
