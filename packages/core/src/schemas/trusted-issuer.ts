import { z } from "zod";
import { countryCode, requiredText } from "./fields";

// A form sends a textarea, the API an array; either way the lines (or blocks) become a list of non-empty items.
const listOf = (label: string, separator: RegExp, max: number, maxLength: number) =>
  z
    .union([z.string(), z.array(z.string({ error: `Each ${label} is text` }))], { error: `${label} are a list` })
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

/** The import form: the document, its kind, the issuer URL a JWKS belongs to, and CSCAs to check DSCs against. */
export const ZTrustImportForm = z.object({
  kind: z.enum(trustDocumentKinds, { error: `The kind is one of ${trustDocumentKinds.join(", ")}` }).default("auto"),
  file: z.instanceof(File, { error: "Choose a file to import" }),
  issuerUrl: z
    .string()
    .trim()
    .transform((value) => (value === "" ? undefined : value))
    .pipe(z.url("The issuer URL must be a URL, such as https://issuer.example").optional())
    .optional(),
  cscaFile: z
    .instanceof(File)
    .optional()
    .transform((file) => (file && file.size > 0 ? file : undefined)),
});

/** A parsed import form. */
export type TTrustImportForm = z.output<typeof ZTrustImportForm>;
