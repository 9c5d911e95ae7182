/** Minimal types for the untyped `jsonld-signatures` package: only what this package calls. */
declare module "jsonld-signatures" {
  type Loader = (url: string) => Promise<{ contextUrl: string | null; documentUrl: string; document: unknown }>;
  /** A proof purpose instance, e.g. assertionMethod. */
  export type ProofPurpose = { term: string };
  /** The result of `verify`: overall flag, per-proof results and the first error. */
  export type VerifyResult = {
    verified: boolean;
    results?: { verified: boolean; error?: Error; proof?: unknown }[];
    error?: Error & { errors?: Error[] };
  };
  const jsigs: {
    sign(
      document: unknown,
      options: { suite: unknown; purpose: ProofPurpose; documentLoader: Loader; addSuiteContext?: boolean },
    ): Promise<Record<string, unknown>>;
    verify(
      document: unknown,
      options: { suite: unknown | unknown[]; purpose: ProofPurpose; documentLoader: Loader },
    ): Promise<VerifyResult>;
    purposes: { AssertionProofPurpose: new (options?: { date?: Date; maxTimestampDelta?: number }) => ProofPurpose };
  };
  export default jsigs;
}
