/** Minimal types for `@digitalbazaar/ed25519-verification-key-2018`. */
declare module "@digitalbazaar/ed25519-verification-key-2018" {
  /** An Ed25519 key pair in the 2018 base58 form. */
  export class Ed25519VerificationKey2018 {
    id?: string;
    static from(options: {
      id?: string;
      controller?: string;
      publicKeyBase58: string;
      privateKeyBase58?: string;
    }): Promise<Ed25519VerificationKey2018>;
  }
}
