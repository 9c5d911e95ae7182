import type { TrustedIssuer } from "../verify/types.ts";
import { MAX_TRUST_DOCUMENT_CHARS, MAX_TRUST_DOCUMENT_DEPTH, nestsDeeperThan } from "./limits.ts";
import { readDscList } from "./read-dsc-list.ts";
import { readJwks } from "./read-jwks.ts";
import { readTrustList } from "./read-trust-list.ts";
import { type RefusedTrustItem, TrustDocumentError } from "./refusals.ts";

/** The trust-document formats the platform reads: ours, an EU DCC / WHO GDHCN DSC list, and a JWKS. */
export type TrustDocumentFormat = "trust-list" | "dsc-list" | "jwks";

/** Options of {@link readTrustDocument}. */
export type ReadTrustDocumentOptions = {
  /** The time certificates' validity (and a trust list's `validUntil`) is judged at. */
  now: Date;
  /** The issuer a JWKS belongs to; required for a JWKS, ignored otherwise. */
  issuerUrl?: string;
  /** Country signing CA certificates (PEM or base64 DER) a DSC list's signers must chain to, besides its own. */
  cscas?: string[];
};

/** What a trust document held: the issuers to trust, and each item refused with its reason. */
export type TrustDocument = {
  format: TrustDocumentFormat;
  issuers: TrustedIssuer[];
  refused: RefusedTrustItem[];
  /** A trust list's own dates, when it states them. */
  issuedAt?: string;
  validUntil?: string;
};

const FORMATS =
  "a trust list {issuers: [...]}, a DSC list [{kid, country, certificateType, rawData}] or a JWKS {keys: [...]}";

const parse = (input: unknown): unknown => {
  if (typeof input !== "string") return input;
  if (input.length > MAX_TRUST_DOCUMENT_CHARS) {
    throw new TrustDocumentError(
      `The trust document is ${input.length} characters long, more than ${MAX_TRUST_DOCUMENT_CHARS}.`,
    );
  }
  try {
    return JSON.parse(input);
  } catch (error) {
    throw new TrustDocumentError(`The trust document is not JSON: ${(error as Error).message}`);
  }
};

/**
 * Reads any trust document the platform accepts (parsed JSON, or its text), telling the format by its shape, into
 * trusted issuers and the items refused with their reasons. Throws a TrustDocumentError when the document cannot
 * be read at all (not one of the formats, too large, a JWKS without its issuer URL, a list past its validity).
 */
export const readTrustDocument = async (input: unknown, options: ReadTrustDocumentOptions): Promise<TrustDocument> => {
  if (!(options?.now instanceof Date) || Number.isNaN(options.now.getTime())) {
    throw new TrustDocumentError("No valid time to judge the certificates' validity at was given.");
  }
  const document = parse(input);
  if (nestsDeeperThan(document, MAX_TRUST_DOCUMENT_DEPTH)) {
    throw new TrustDocumentError(
      `The trust document nests deeper than ${MAX_TRUST_DOCUMENT_DEPTH} levels; no trust list does.`,
    );
  }
  if (Array.isArray(document)) return { format: "dsc-list", ...(await readDscList(document, options)) };
  if (document && typeof document === "object") {
    const record = document as Record<string, unknown>;
    if (Array.isArray(record.issuers)) return { format: "trust-list", ...(await readTrustList(record, options.now)) };
    if (Array.isArray(record.keys)) return { format: "jwks", ...(await readJwks(record, options.issuerUrl)) };
  }
  throw new TrustDocumentError(`The document is none of the formats read here: ${FORMATS}.`);
};
