/** Minimal types for `@digitalbazaar/ed25519-multikey`. */
declare module "@digitalbazaar/ed25519-multikey" {
  /** A signer as the Digital Bazaar suites expect it. */
  export type Signer = { id: string; algorithm: string; sign(options: { data: Uint8Array }): Promise<Uint8Array> };
  /** A verifier as the Digital Bazaar suites expect it. */
  export type Verifier = {
    id: string;
    algorithm: string;
    verify(options: { data: Uint8Array; signature: Uint8Array }): Promise<boolean>;
  };
  /** An Ed25519 Multikey key pair (public part, optionally secret part). */
  export type Ed25519KeyPair = {
    id?: string;
    controller?: string;
    publicKeyMultibase: string;
    secretKeyMultibase?: string;
    signer(): Signer;
    verifier(): Verifier;
    export(options: {
      publicKey?: boolean;
      secretKey?: boolean;
      includeContext?: boolean;
    }): Promise<Record<string, unknown>>;
  };
  export function from(key: Record<string, unknown>): Promise<Ed25519KeyPair>;
  export function generate(options?: { id?: string; controller?: string; seed?: Uint8Array }): Promise<Ed25519KeyPair>;
}
