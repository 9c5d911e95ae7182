/** The cryptosuite shape DataIntegrityProof consumes. */
export type Cryptosuite = {
  name: string;
  requiredAlgorithm: string;
  canonize(input: unknown, options?: Record<string, unknown>): Promise<string>;
  createVerifier(options: { verificationMethod: unknown }): Promise<unknown>;
};

const MAX_ENTRIES = 256;

const isProofConfig = (input: unknown): input is Record<string, unknown> =>
  typeof input === "object" &&
  input !== null &&
  (input as Record<string, unknown>).type === "DataIntegrityProof" &&
  typeof (input as Record<string, unknown>).proofPurpose === "string";

/**
 * Wraps a cryptosuite so the canonical form of a proof configuration is computed once per distinct
 * configuration. A batch signed in the same second shares one configuration, and canonicalising it
 * costs as much JSON-LD context processing as the credential itself. The key is the whole input,
 * so a hit returns exactly the bytes a fresh canonicalisation would.
 */
export const cachedCryptosuite = (suite: Cryptosuite): Cryptosuite => {
  const cache = new Map<string, Promise<string>>();
  const canonize = (input: unknown, options?: Record<string, unknown>): Promise<string> => {
    if (!isProofConfig(input)) return suite.canonize(input, options);
    const key = JSON.stringify(input);
    const cached = cache.get(key);
    if (cached) return cached;
    if (cache.size >= MAX_ENTRIES) cache.clear();
    const canonical = suite.canonize(input, options);
    cache.set(key, canonical);
    // A failed canonicalisation must not stay cached: the next call should see the error afresh.
    canonical.catch(() => cache.delete(key));
    return canonical;
  };
  return { ...suite, canonize };
};
