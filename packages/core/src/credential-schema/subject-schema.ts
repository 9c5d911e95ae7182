import { Ajv2020, type ErrorObject, type ValidateFunction } from "ajv/dist/2020.js";
import addFormats from "ajv-formats";
import safeRegex from "safe-regex2";
import { AppError, type TErrorDetail } from "../errors";

/** The longest JSON text a schema version's JSON Schema may have. */
export const MAX_SUBJECT_SCHEMA_CHARS = 64 * 1024;
/** The longest JSON text of one credential subject. */
export const MAX_SUBJECT_CHARS = 64 * 1024;
const MAX_DEPTH = 32;
// A subject property becomes a JSON-LD term: a plain name, not a keyword, a compact IRI or one of our prefixes.
const PROPERTY_NAME = /^[A-Za-z_][A-Za-z0-9_-]{0,63}$/;
const PREFIXES = new Set(["vax", "xsd"]);

const createAjv = () => {
  // Strict: a misspelt keyword is refused when the schema is published, not ignored when credentials are checked.
  const ajv = new Ajv2020({ allErrors: true, strict: true, strictTypes: false, strictTuples: false, logger: false });
  addFormats.default(ajv);
  return ajv;
};

const problem = (path: string, message: string): TErrorDetail => ({ path, message });

// Walks the schema without recursion: every $ref local, no remote $id, property names fit for terms, bounded depth.
const structureProblems = (schema: unknown): TErrorDetail[] => {
  const problems: TErrorDetail[] = [];
  const pending: Array<[unknown, string, number]> = [[schema, "schema", 1]];
  while (pending.length && problems.length < 20) {
    const [node, path, depth] = pending.pop() as [unknown, string, number];
    if (!node || typeof node !== "object") continue;
    if (depth > MAX_DEPTH) {
      problems.push(problem(path, `The schema nests deeper than ${MAX_DEPTH} levels`));
      continue;
    }
    const record = node as Record<string, unknown>;
    for (const keyword of ["$ref", "$dynamicRef"]) {
      const ref = record[keyword];
      if (ref !== undefined && (typeof ref !== "string" || !ref.startsWith("#"))) {
        problems.push(problem(`${path}.${keyword}`, "Only local references (starting with #) are allowed"));
      }
    }
    if (typeof record.$id === "string" && depth > 1) {
      problems.push(
        problem(`${path}.$id`, "Nested $id is not allowed: the schema must be one self-contained document"),
      );
    }
    if (typeof record.pattern === "string" && !safeRegex(record.pattern, { limit: 25 })) {
      // Subjects come from API clients: a pattern that backtracks without bound would let one request hold a core.
      problems.push(problem(`${path}.pattern`, "This pattern can take exponential time to match; simplify it"));
    }
    const properties = record.properties;
    if (properties && typeof properties === "object" && !Array.isArray(properties)) {
      const typeProperty = (properties as Record<string, unknown>).type as Record<string, unknown> | undefined;
      if (typeProperty && typeof typeProperty === "object") {
        // A subject's `type` names classes, which the generated context must define as terms; free text it cannot.
        const values = [typeProperty.const, ...(Array.isArray(typeProperty.enum) ? typeProperty.enum : [])].filter(
          (value) => value !== undefined,
        );
        if (values.length === 0 || !values.every((value) => typeof value === "string" && PROPERTY_NAME.test(value))) {
          problems.push(
            problem(
              `${path}.properties.type`,
              'A "type" property lists its classes with const or enum, each a name like TestedPerson',
            ),
          );
        }
      }
      for (const name of Object.keys(properties)) {
        if (!PROPERTY_NAME.test(name) || PREFIXES.has(name)) {
          problems.push(
            problem(
              `${path}.properties.${name}`,
              "A property name starts with a letter or _, has only letters, digits, _ and -, at most 64 characters, and is not vax or xsd",
            ),
          );
        }
      }
    }
    for (const [key, value] of Object.entries(record)) {
      if (value && typeof value === "object") pending.push([value, `${path}.${key}`, depth + 1]);
    }
  }
  return problems;
};

/**
 * Checks that a JSON Schema is fit to describe credential subjects: at most 64 KiB, an object schema, only local
 * references, property names usable as JSON-LD terms, and compiled by Ajv (JSON Schema 2020-12, strict, so an
 * unknown keyword is an error rather than silently ignored). Throws VALIDATION_FAILED naming each problem.
 */
export const checkSubjectSchema = (schema: unknown, path = "subjectSchema"): Record<string, unknown> => {
  const text = JSON.stringify(schema) ?? "";
  if (text.length > MAX_SUBJECT_SCHEMA_CHARS) {
    throw new AppError("VALIDATION_FAILED", "The JSON Schema is too large", [
      problem(path, `At most ${MAX_SUBJECT_SCHEMA_CHARS / 1024} KiB of JSON`),
    ]);
  }
  if (!schema || typeof schema !== "object" || Array.isArray(schema)) {
    throw new AppError("VALIDATION_FAILED", "The JSON Schema must be an object", [problem(path, "Not a JSON object")]);
  }
  const record = schema as Record<string, unknown>;
  const problems = structureProblems(record).map((found) => ({ ...found, path: found.path.replace(/^schema/, path) }));
  if (record.type !== "object")
    problems.unshift(problem(`${path}.type`, 'A credential subject is an object: "type": "object"'));
  if (record.$schema !== undefined && record.$schema !== "https://json-schema.org/draft/2020-12/schema") {
    problems.push(problem(`${path}.$schema`, "Only JSON Schema 2020-12 is supported"));
  }
  if (problems.length)
    throw new AppError("VALIDATION_FAILED", "The JSON Schema cannot describe credential subjects", problems);
  try {
    createAjv().compile(record);
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    throw new AppError("VALIDATION_FAILED", "The JSON Schema is not valid", [problem(path, reason)]);
  }
  return record;
};

// A version is immutable, so its compiled validator is kept; bounded, since every tenant may publish many.
const compiled = new Map<string, ValidateFunction>();
const MAX_COMPILED = 500;

const validatorOf = (versionId: string, schema: unknown): ValidateFunction => {
  const known = compiled.get(versionId);
  if (known) return known;
  if (compiled.size >= MAX_COMPILED) compiled.clear();
  const validate = createAjv().compile(schema as Record<string, unknown>);
  compiled.set(versionId, validate);
  return validate;
};

const pathOf = (error: ErrorObject, prefix: string): string => {
  const segments = error.instancePath
    .split("/")
    .slice(1)
    .map((segment) => segment.replace(/~1/g, "/").replace(/~0/g, "~"));
  const params = error.params as Record<string, unknown>;
  if (error.keyword === "required") segments.push(String(params.missingProperty));
  if (error.keyword === "additionalProperties") segments.push(String(params.additionalProperty));
  return [prefix, ...segments].join(".");
};

const messageOf = (error: ErrorObject): string => {
  const params = error.params as Record<string, unknown>;
  if (error.keyword === "required") return "Required";
  if (error.keyword === "additionalProperties") return "Not a field of this schema";
  if (error.keyword === "enum") return `Must be one of ${(params.allowedValues as unknown[]).map(String).join(", ")}`;
  const message = error.message ?? "Invalid";
  return message.charAt(0).toUpperCase() + message.slice(1);
};

/**
 * The problems of a credential subject against a schema version's JSON Schema, one per field, each with its path
 * (`credentialSubject.facility.name`) and why; empty when the subject is valid.
 */
export const subjectProblems = (
  version: { id: string; subjectSchema: unknown },
  subject: unknown,
  prefix = "credentialSubject",
): TErrorDetail[] => {
  if ((JSON.stringify(subject) ?? "").length > MAX_SUBJECT_CHARS) {
    return [problem(prefix, `At most ${MAX_SUBJECT_CHARS / 1024} KiB of JSON`)];
  }
  const validate = validatorOf(version.id, version.subjectSchema);
  if (validate(subject)) return [];
  const seen = new Set<string>();
  return (validate.errors ?? []).flatMap((error) => {
    const detail = { path: pathOf(error, prefix), message: messageOf(error) };
    const key = `${detail.path}\u0000${detail.message}`;
    if (seen.has(key)) return [];
    seen.add(key);
    return [detail];
  });
};
