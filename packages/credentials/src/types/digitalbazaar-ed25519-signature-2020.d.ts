/** Minimal types for `@digitalbazaar/ed25519-signature-2020`. */
declare module "@digitalbazaar/ed25519-signature-2020" {
  /** The Ed25519Signature2020 suite for jsonld-signatures. */
  export class Ed25519Signature2020 {
    constructor(options?: { signer?: unknown; key?: unknown; date?: string | Date });
    static CONTEXT_URL: string;
  }
}
