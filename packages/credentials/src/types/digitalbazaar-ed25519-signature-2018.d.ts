/** Minimal types for `@digitalbazaar/ed25519-signature-2018`. */
declare module "@digitalbazaar/ed25519-signature-2018" {
  /** The Ed25519Signature2018 suite (detached JWS, EdDSA) for jsonld-signatures. */
  export class Ed25519Signature2018 {
    constructor(options?: { key?: unknown; signer?: unknown; verifier?: unknown; date?: string | Date });
  }
}
