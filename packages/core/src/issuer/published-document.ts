import { createHash } from "node:crypto";

/** How long a signed status document stays valid: a verifier offline may keep using its copy that long. */
export const STATUS_DOCUMENT_VALIDITY_MS = 24 * 60 * 60 * 1000;
/** How old a signed copy may grow before it is signed afresh, so that a copy fetched now is good for 23 hours. */
export const STATUS_DOCUMENT_RESIGN_AFTER_MS = 60 * 60 * 1000;
// validFrom is set this far back, so that a verifier whose clock runs a little slow does not find a fresh list
// "not yet valid".
const CLOCK_SKEW_MS = 5 * 60 * 1000;

/**
 * The Cache-Control of status documents. A change must reach verifiers within 5 seconds: a cache may hold a copy
 * for 2 s and serve it for 3 s more while it fetches the next (max-age + stale-while-revalidate = 5 s), and keep
 * serving the last copy for a day when the origin fails, since the copy's own validUntil bounds it.
 */
export const STATUS_DOCUMENT_CACHE_CONTROL = `public, max-age=2, stale-while-revalidate=3, stale-if-error=${
  STATUS_DOCUMENT_VALIDITY_MS / 1000
}`;

/** A signed document as served: its JSON, its entity tag and its validity window. */
export type TPublishedDocument = {
  document: Record<string, unknown>;
  /** A strong entity tag of the served bytes, for conditional requests. */
  etag: string;
  validFrom: Date;
  validUntil: Date;
};

/** The validity window a document signed at `now` gets. */
export type TValidityWindow = { validFrom: Date; validUntil: Date; signedAt: Date };

type TKept = { content: string; signedAt: number; published: Promise<TPublishedDocument> };
// One signed copy per document and process: signing is the cost, so it is redone only when the content or the
// signing key changes, or when the copy has aged past the re-signing age.
const kept = new Map<string, TKept>();

/**
 * Serves a signed document from the copy kept for `documentId` while its `content` key (a digest of what it says
 * and the key that signs it) is unchanged and the copy is younger than the re-signing age; otherwise signs it anew
 * with a fresh validity window. Concurrent requests share one signing.
 */
export const publishSigned = (
  documentId: string,
  content: string,
  now: Date,
  sign: (window: TValidityWindow) => Promise<Record<string, unknown>>,
): Promise<TPublishedDocument> => {
  const known = kept.get(documentId);
  const age = known ? now.getTime() - known.signedAt : Number.NaN;
  // A copy signed "later" than now (a clock stepped back) would not be valid yet for the verifier: sign anew.
  if (known && known.content === content && age >= 0 && age < STATUS_DOCUMENT_RESIGN_AFTER_MS) {
    return known.published;
  }
  const window: TValidityWindow = {
    signedAt: now,
    validFrom: new Date(now.getTime() - CLOCK_SKEW_MS),
    validUntil: new Date(now.getTime() + STATUS_DOCUMENT_VALIDITY_MS),
  };
  const published = sign(window).then((document) => ({
    document,
    etag: `"${createHash("sha256").update(JSON.stringify(document)).digest("base64url")}"`,
    validFrom: window.validFrom,
    validUntil: window.validUntil,
  }));
  kept.set(documentId, { content, signedAt: now.getTime(), published });
  published.catch(() => {
    if (kept.get(documentId)?.published === published) kept.delete(documentId);
  });
  return published;
};

/** A short digest of bytes or text, for the content keys of {@link publishSigned}. */
export const contentDigest = (...parts: (Uint8Array | string)[]): string => {
  const hash = createHash("sha256");
  for (const part of parts) hash.update(part).update("\u0000");
  return hash.digest("base64url");
};
