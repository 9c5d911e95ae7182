import { z } from "zod";
import { countryCode, requiredText } from "./fields";

// A form sends a textarea, the API an array; either way the lines (or blocks) become a list of non-empty items.
const listOf = (label: string, separator: RegExp, max: number, maxLength: number) =>
  z
    .union([z.string(), z.array(z.string({ error: `Each of the ${label} is text` }))], { error: `${label} are a list` })
    .transform((value) =>
      (typeof value === "string" ? value.split(separator) : value).map((item) => item.trim()).filter(Boolean),
    )
    .pipe(
      z
        .array(z.string().max(maxLength, `Each of the ${label} is at most ${maxLength} characters`))
        .max(max, `At most ${max} ${label}`),
    );

/** Pasted keys or certificates: a list, or one text with a blank line between blocks. */
const blocks = (label: string, max: number) => listOf(label, /\n\s*\n/, max, 16_384);

/**
 * A trusted issuer as an admin enters it by hand: keys are pasted text (PEM, JWK, multibase or X.509), read and
 * checked by the use case, which answers a field error naming the key that is not one.
 */
export const ZTrustedIssuerInput = z.object({
  name: requiredText("Name"),
  country: z
    .string()
    .trim()
    .transform((value) => (value === "" ? null : value))
    .nullable()
    .optional()
    .pipe(countryCode.nullable().optional())
    .transform((value) => value ?? null),
  ids: listOf("identifiers", /\r?\n/, 50, 500).refine((ids) => ids.length > 0, "Give at least one issuer identifier"),
  keys: blocks("keys", 200).refine((keys) => keys.length > 0, "Paste at least one key"),
  cscas: blocks("CSCA certificates", 50).optional().default([]),
  contexts: z.record(z.url("A context is named by its URL"), z.record(z.string(), z.unknown())).nullable().optional(),
});

/** Input of the trusted issuer form, before parsing. */
export type TTrustedIssuerInput = z.input<typeof ZTrustedIssuerInput>;
/** A parsed trusted issuer, its keys still unread text. */
export type TTrustedIssuer = z.output<typeof ZTrustedIssuerInput>;

/** What an import may be told the document is; "auto" recognises it. */
export const trustDocumentKinds = ["auto", "trust-list", "dsc-list", "jwks"] as const;

/** The largest trust document an import reads (the EU gateway's whole DSC list is a few megabytes). */
export const TRUST_IMPORT_BODY_LIMIT = 8 * 1024 * 1024;

const FILE = { override: { type: "string", format: "binary" } } as const;

/**
 * The import form: the document, its kind, the issuer URL a JWKS belongs to, CSCAs to check DSCs against, and
 * optionally the time to judge certificates' validity at (an archived list, to check certificates signed then).
 */
export const ZTrustImportForm = z.object({
  kind: z
    .enum(trustDocumentKinds, { error: `The kind is one of ${trustDocumentKinds.join(", ")}` })
    .nullish()
    .transform((kind) => kind ?? "auto"),
  file: z
    .instanceof(File, { error: "Choose a file to import" })
    .meta({ description: "The trust document (JSON)", ...FILE }),
  issuerUrl: z
    .string()
    .trim()
    .nullish()
    .transform((value) => (value ? value : undefined))
    .pipe(z.url("The issuer URL must be a URL, such as https://issuer.example").optional())
    .optional(),
  cscaFile: z
    .instanceof(File)
    .meta({ description: "CSCA certificates: PEM, base64 DER one per line, or a JSON list", ...FILE })
    .nullish()
    .transform((file) => (file && file.size > 0 ? file : undefined)),
  validAt: z
    .string()
    .trim()
    .nullish()
    .transform((value) => (value ? value : undefined))
    .pipe(z.iso.datetime({ offset: true, local: true, error: "Give the time as 2021-05-03T18:00" }).optional())
    .transform((value) => (value ? new Date(value) : undefined))
    .meta({ description: "Judge certificates' validity at this time instead of now, for an archived list" }),
});

/** A parsed import form. */
export type TTrustImportForm = z.output<typeof ZTrustImportForm>;

const ZTrustKeyView = z.union([
  z.object({ kid: z.string().optional(), publicKeyPem: z.string() }),
  z.object({ kid: z.string().optional(), publicKeyJwk: z.record(z.string(), z.unknown()) }),
  z.object({ kid: z.string().optional(), publicKeyMultibase: z.string() }),
  z.object({ kid: z.string().optional(), certificate: z.string() }),
]);

/** A trusted issuer entry as the API answers it. */
export const ZTrustedIssuerView = z
  .object({
    id: z.string(),
    tenantId: z.string().nullable().meta({ description: "null for a platform-wide entry" }),
    name: z.string(),
    country: z.string().nullable(),
    ids: z.array(z.string()),
    keys: z.array(ZTrustKeyView),
    keyCount: z.number().int(),
    cscas: z.array(z.string()),
    contexts: z.record(z.string(), z.unknown()).nullable(),
    source: z.enum(["MANUAL", "TRUST_LIST", "DSC_LIST", "JWKS"]),
    sourceUrl: z.string().nullable(),
    active: z.boolean(),
    changedBy: z.string().nullable(),
    createdAt: z.iso.datetime(),
    updatedAt: z.iso.datetime(),
  })
  .meta({ id: "TrustedIssuer" });

const ZTrustImportEntry = z.object({
  id: z.string(),
  name: z.string(),
  country: z.string().nullable(),
  keyCount: z.number().int(),
});

/** What an import did: entries added, changed (with what changed), unchanged, and each item refused with why. */
export const ZTrustImportReport = z
  .object({
    format: z.enum(["trust-list", "dsc-list", "jwks"]),
    added: z.array(ZTrustImportEntry),
    changed: z.array(ZTrustImportEntry.extend({ changes: z.array(z.string()) })),
    unchanged: z.array(ZTrustImportEntry),
    refused: z.array(z.object({ item: z.string(), reason: z.string() })),
  })
  .meta({ id: "TrustImportReport" });
