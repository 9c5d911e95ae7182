/** Minimal types for `@digitalbazaar/eddsa-rdfc-2022-cryptosuite`. */
declare module "@digitalbazaar/eddsa-rdfc-2022-cryptosuite" {
  /** The eddsa-rdfc-2022 cryptosuite object consumed by DataIntegrityProof. */
  export const cryptosuite: {
    name: string;
    requiredAlgorithm: string;
    canonize(input: unknown, options?: Record<string, unknown>): Promise<string>;
    createVerifier(options: { verificationMethod: unknown }): Promise<unknown>;
  };
}
