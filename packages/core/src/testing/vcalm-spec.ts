import { readVector } from "@vax/credentials/vectors";
import Ajv, { type ErrorObject } from "ajv";
import { parse } from "yaml";

// Tests only: the W3C VC API (VCALM) OpenAPI files kept unchanged in testdata/vc-api/ (source, licence: its README).
const BASE = "https://vcalm.test/";
const FILES = [
  "oas.yaml",
  "components/Credential.yml",
  "components/EnvelopedVerifiableCredential.yml",
  "components/IssueCredentialOptions.yml",
  "components/ProblemDetails.yml",
  "components/VerifiableCredential.yml",
  "components/VerifiableCredentialResponse.yml",
  "components/VerifyCredentialOptions.yml",
  "components/VerifyCredentialResult.yml",
];

type TSchemaFile = { components: { schemas: Record<string, { example?: unknown }> } };

const documents = new Map(FILES.map((file) => [file, parse(readVector(`vc-api/${file}`)) as TSchemaFile]));

/** A schema of the specification, named by its file and name, e.g. `components/ProblemDetails.yml#ProblemDetails`. */
export type TSpecSchema = `${string}#${string}`;

const ajv = new Ajv({ strict: false, allErrors: true, validateSchema: false });
for (const [file, document] of documents) ajv.addSchema(document, `${BASE}${file}`);

/** Checks a value against one of the specification's schemas; the errors, none when it matches. */
export const specErrors = (schema: TSpecSchema, value: unknown): ErrorObject[] => {
  const [file, name] = schema.split("#") as [string, string];
  const validate = ajv.getSchema(`${BASE}${file}#/components/schemas/${name}`);
  if (!validate) throw new Error(`No schema ${schema}`);
  return validate(value) ? [] : [...(validate.errors ?? [])];
};

/** The `example` the specification gives for one of its schemas. */
export const specExample = <T = Record<string, unknown>>(schema: TSpecSchema): T => {
  const [file, name] = schema.split("#") as [string, string];
  const example = documents.get(file)?.components.schemas[name]?.example;
  if (example === undefined) throw new Error(`No example for ${schema}`);
  return structuredClone(example) as T;
};

/** The specification's example request bodies of the three endpoints, put together from its examples. */
export const specExampleRequests = () => ({
  issue: {
    credential: specExample("components/Credential.yml#Credential"),
    options: specExample("components/IssueCredentialOptions.yml#IssueCredentialOptions"),
  },
  verify: {
    verifiableCredential: specExample("components/VerifiableCredential.yml#VerifiableCredential"),
    options: specExample("components/VerifyCredentialOptions.yml#VerifyCredentialOptions"),
  },
  status: specExample("oas.yaml#UpdateCredentialStatusRequest"),
});
