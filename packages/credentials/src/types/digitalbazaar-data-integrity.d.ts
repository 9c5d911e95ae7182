/** Minimal types for `@digitalbazaar/data-integrity`. */
declare module "@digitalbazaar/data-integrity" {
  /** The DataIntegrityProof suite for jsonld-signatures. */
  export class DataIntegrityProof {
    constructor(options?: {
      signer?: unknown;
      date?: string | Date | null;
      cryptosuite: unknown;
      legacyContext?: boolean;
    });
  }
}
