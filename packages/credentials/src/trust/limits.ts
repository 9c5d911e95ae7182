// Size limits of trust documents, each sized from the largest real list of its kind times a wide margin, so that a
// genuine list never comes near it while a hostile one is refused before it costs memory or time.

const KiB = 1024;

/**
 * The most entries one document may hold: DSCs of a DSC list, issuers of a trust list, keys of a JWKS. The EU DCC
 * gateway distributed about 2,000 DSCs at its peak; five times that.
 */
export const MAX_TRUST_ENTRIES = 10_000;

/** The most keys (or CSCAs, or ids) one trusted issuer may list; a country's DSC group on the EU gateway had ~300. */
export const MAX_KEYS_PER_ISSUER = 2_000;

/**
 * The longest one certificate or key may be, as text (PEM, base64 DER, JSON of a JWK). An RSA-4096 DSC is about
 * 2 KB of base64 DER; the EU test vectors' largest (RSA-3072) 1.3 KB.
 */
export const MAX_KEY_CHARS = 16 * KiB;

/** The longest JSON text of a trust document read from text: 10,000 DSCs of 2.5 KB each, with room to spare. */
export const MAX_TRUST_DOCUMENT_CHARS = 32 * 1024 * KiB;

/** The longest JSON text of one JSON-LD context an entry may carry; the DIVOC vaccination context is 3 KB. */
export const MAX_CONTEXT_CHARS = 256 * KiB;

/** The most JSON-LD contexts one entry may carry: a tenant publishes one per credential schema version. */
export const MAX_CONTEXTS_PER_ISSUER = 256;

/**
 * How deep a trust document may nest: a DSC list is 3 levels, a trust list 5 plus its JSON-LD context documents
 * (about 8 for the DIVOC vaccination context). Checked before anything recurses over the document.
 */
export const MAX_TRUST_DOCUMENT_DEPTH = 64;

/** True when the value nests deeper than `limit`; walks without recursion, so a hostile depth or a cycle ends it. */
export const nestsDeeperThan = (value: unknown, limit: number): boolean => {
  const pending: [unknown, number][] = [[value, 1]];
  while (pending.length > 0) {
    const [node, depth] = pending.pop() as [unknown, number];
    if (typeof node !== "object" || node === null) continue;
    if (depth > limit) return true;
    for (const key in node) pending.push([(node as Record<string, unknown>)[key], depth + 1]);
  }
  return false;
};
