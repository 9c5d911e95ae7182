import { z } from "zod";
import type { RevokedKey, TrustedIssuer, TrustKey } from "../verify/types.ts";
import { MAX_CONTEXT_CHARS, MAX_CONTEXTS_PER_ISSUER, MAX_KEYS_PER_ISSUER, MAX_TRUST_ENTRIES } from "./limits.ts";
import { RefusedKeyError, readCsca, readTrustKey } from "./read-key.ts";
import { describeIssues, label, type RefusedTrustItem, TrustDocumentError } from "./refusals.ts";

const ZCountry = z
  .string()
  .regex(/^[A-Za-z]{2}$/, "must be an ISO 3166 alpha-2 country code")
  .transform((code) => code.toUpperCase());

const ZContexts = z
  .record(z.url(), z.unknown())
  .refine((contexts) => Object.keys(contexts).length <= MAX_CONTEXTS_PER_ISSUER, `at most ${MAX_CONTEXTS_PER_ISSUER}`)
  .refine(
    (contexts) =>
      Object.values(contexts).every((document) => (JSON.stringify(document)?.length ?? 0) <= MAX_CONTEXT_CHARS),
    `each context at most ${MAX_CONTEXT_CHARS} characters of JSON`,
  );

/** One issuer of our trust-list format, before its keys are checked one by one. */
export const ZTrustListIssuer = z.object({
  name: z.string().trim().min(1, "is empty").max(200),
  country: ZCountry.optional(),
  ids: z.array(z.string().trim().min(1).max(2_048)).min(1, "names no identifier").max(MAX_KEYS_PER_ISSUER),
  keys: z.array(z.unknown()).max(MAX_KEYS_PER_ISSUER),
  cscas: z.array(z.string()).max(MAX_KEYS_PER_ISSUER).optional(),
  contexts: ZContexts.optional(),
  revokedKeys: z
    .array(z.object({ kid: z.string().max(512), reason: z.string().max(1_000), revokedAt: z.string().optional() }))
    .max(MAX_KEYS_PER_ISSUER)
    .optional(),
  deactivatedAt: z.iso.datetime({ offset: true }).optional(),
});

/** Our trust-list document (docs/architecture.md, "Trust list"), before its issuers are checked one by one. */
export const ZTrustListDocument = z.object({
  issuers: z.array(z.unknown()).max(MAX_TRUST_ENTRIES, `more than ${MAX_TRUST_ENTRIES} issuers`),
  issuedAt: z.iso.datetime({ offset: true }).optional(),
  validUntil: z.iso.datetime({ offset: true }).optional(),
});

const keyLabel = (key: unknown, index: number): string => {
  const kid = (key as { kid?: unknown } | null)?.kid;
  return `key ${index + 1}${typeof kid === "string" ? ` (kid ${label(kid)})` : ""}`;
};

const readIssuer = async (value: unknown, index: number, refused: RefusedTrustItem[]) => {
  const name = (value as { name?: unknown } | null)?.name;
  const item = `issuer ${index + 1}${typeof name === "string" ? ` ${label(name)}` : ""}`;
  const parsed = ZTrustListIssuer.safeParse(value);
  if (!parsed.success) {
    refused.push({ item, reason: `It is not a trust-list issuer: ${describeIssues(parsed.error)}.` });
    return undefined;
  }
  const { keys: rawKeys, cscas: rawCscas, revokedKeys, ...rest } = parsed.data;
  const keys: TrustKey[] = [];
  for (const [keyIndex, raw] of rawKeys.entries()) {
    try {
      keys.push(await readTrustKey(raw));
    } catch (error) {
      if (!(error instanceof RefusedKeyError)) throw error;
      refused.push({ item: `${item} ${keyLabel(raw, keyIndex)}`, reason: error.message });
    }
  }
  const cscas: string[] = [];
  for (const [cscaIndex, csca] of (rawCscas ?? []).entries()) {
    try {
      readCsca(csca);
      cscas.push(csca);
    } catch (error) {
      if (!(error instanceof RefusedKeyError)) throw error;
      refused.push({ item: `${item} CSCA ${cscaIndex + 1}`, reason: error.message });
    }
  }
  if (keys.length === 0 && cscas.length === 0) {
    const reason = rawKeys.length
      ? "None of its keys could be used (each is listed with its reason), so it would vouch for nothing."
      : "It lists no key, so it would vouch for nothing.";
    refused.push({ item, reason });
    return undefined;
  }
  const issuer: TrustedIssuer = {
    ...rest,
    keys,
    ...(cscas.length ? { cscas } : {}),
    ...(revokedKeys?.length ? { revokedKeys: revokedKeys as RevokedKey[] } : {}),
  };
  return issuer;
};

/**
 * Reads our own trust-list format: each issuer validated, each key parsed; a bad key is refused with its reason and
 * the rest of its issuer kept while a key or CSCA remains. A list past its `validUntil` is refused whole, since
 * relying on it after that is exactly what its publisher ruled out.
 */
export const readTrustList = async (
  input: Record<string, unknown>,
  now: Date,
): Promise<{ issuers: TrustedIssuer[]; refused: RefusedTrustItem[]; issuedAt?: string; validUntil?: string }> => {
  const parsed = ZTrustListDocument.safeParse(input);
  if (!parsed.success) throw new TrustDocumentError(`The trust list cannot be read: ${describeIssues(parsed.error)}.`);
  const { issuedAt, validUntil } = parsed.data;
  if (validUntil && new Date(validUntil).getTime() < now.getTime()) {
    throw new TrustDocumentError(
      `The trust list was valid until ${validUntil}; it is past that, so it is not imported. Fetch a current copy.`,
    );
  }
  const refused: RefusedTrustItem[] = [];
  const issuers: TrustedIssuer[] = [];
  for (const [index, value] of parsed.data.issuers.entries()) {
    const issuer = await readIssuer(value, index, refused);
    if (issuer) issuers.push(issuer);
  }
  return { issuers, refused, ...(issuedAt ? { issuedAt } : {}), ...(validUntil ? { validUntil } : {}) };
};
