import { z } from "zod";

const ZFieldPath = z
  .string()
  .regex(/^[A-Za-z_][A-Za-z0-9_-]*(\.[A-Za-z_][A-Za-z0-9_-]*)*$/, "A subject field, e.g. name or facility.name")
  .max(200);

/** A new version of a credential schema: the JSON Schema of its subject, its credential type and field choices. */
export const ZSchemaVersionInput = z
  .object({
    credentialType: z
      .string()
      .regex(/^[A-Z][A-Za-z0-9]{2,63}$/, "A type name in UpperCamelCase, e.g. TrainingCertificateCredential"),
    subjectSchema: z.record(z.string(), z.unknown(), "The JSON Schema of the credential subject, as a JSON object"),
    /** Subject fields the QR carries; empty: the whole credential. */
    qrFields: z.array(ZFieldPath).max(50).default([]),
    /** Subject fields a verifier is shown; empty: every field. */
    verifierFields: z.array(ZFieldPath).max(50).default([]),
  })
  .strict()
  .meta({ id: "SchemaVersionInput" });
export type TSchemaVersionInput = z.infer<typeof ZSchemaVersionInput>;

/** A new credential schema with its first version. */
export const ZCredentialSchemaInput = ZSchemaVersionInput.extend({
  name: z
    .string()
    .regex(/^[a-z][a-z0-9-]{1,62}$/, "Lower-case letters, digits and -, starting with a letter (it is part of a URL)"),
  title: z.string().trim().min(1, "Required").max(200),
  description: z.string().trim().max(2000).default(""),
})
  .strict()
  .meta({ id: "CredentialSchemaInput" });
export type TCredentialSchemaInput = z.infer<typeof ZCredentialSchemaInput>;

/** Retiring a whole schema, or one version of it when `version` is given. */
export const ZRetireSchemaInput = z
  .object({ version: z.number().int().min(1).optional() })
  .strict()
  .meta({ id: "RetireSchemaInput" });
export type TRetireSchemaInput = z.infer<typeof ZRetireSchemaInput>;

/** One published, immutable version of a schema. */
export const ZSchemaVersionView = z
  .object({
    id: z.string(),
    version: z.number().int(),
    credentialType: z.string(),
    subjectSchema: z.record(z.string(), z.unknown()),
    qrFields: z.array(z.string()),
    verifierFields: z.array(z.string()),
    /** Where the version's JSON-LD context is served; its credentials name this URL. */
    contextUrl: z.string(),
    publishedAt: z.string(),
    retiredAt: z.string().nullable(),
  })
  .meta({ id: "SchemaVersion" });
export type TSchemaVersionView = z.infer<typeof ZSchemaVersionView>;

/** A credential schema with its versions, oldest first. */
export const ZCredentialSchemaView = z
  .object({
    id: z.string(),
    name: z.string(),
    title: z.string(),
    description: z.string(),
    /** Built into the platform (vaccination, test report): read-only. */
    builtIn: z.boolean(),
    retiredAt: z.string().nullable(),
    createdAt: z.string(),
    versions: z.array(ZSchemaVersionView),
  })
  .meta({ id: "CredentialSchema" });
export type TCredentialSchemaView = z.infer<typeof ZCredentialSchemaView>;

/** The schemas a tenant may issue under: the built-in ones, then its own. */
export const ZCredentialSchemaList = z
  .object({ items: z.array(ZCredentialSchemaView) })
  .meta({ id: "CredentialSchemaList" });

/** Which schema version to issue under: its id, its schema's name (and number; default the newest), or its type. */
export const ZSchemaReference = z.union([
  z.object({ versionId: z.string().min(1).max(100) }).strict(),
  z.object({ name: z.string().min(1).max(64), version: z.number().int().min(1).optional() }).strict(),
  z.object({ credentialType: z.string().min(1).max(64) }).strict(),
]);
export type TSchemaReference = z.infer<typeof ZSchemaReference>;

/** A credential issued under a schema: the signed credential exactly as issued and its native QR text. */
export const ZSchemaCredentialView = z
  .object({
    id: z.string(),
    certificateId: z.string(),
    schemaId: z.string(),
    schemaVersionId: z.string(),
    version: z.number().int(),
    credentialType: z.string(),
    status: z.enum(["ACTIVE", "REVOKED", "SUSPENDED", "SUPERSEDED"]),
    issuedAt: z.string(),
    credential: z.record(z.string(), z.unknown()),
    qr: z.string().meta({ description: "The native QR text: zlib + base45 of the credential as signed" }),
  })
  .meta({ id: "SchemaCredential" });
