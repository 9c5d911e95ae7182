/** Minimal types for `@digitalbazaar/vc`: the independent verifier the status tests check our lists with. */
declare module "@digitalbazaar/vc" {
  export const verifyCredential: (options: {
    credential: unknown;
    suite: unknown;
    documentLoader: (url: string) => Promise<{ contextUrl: null; documentUrl: string; document: unknown }>;
    checkStatus?: (options: Record<string, unknown>) => Promise<unknown>;
    now?: Date;
  }) => Promise<{ verified: boolean; error?: Error; statusResult?: { verified: boolean; results?: unknown[] } }>;
}

/** Minimal types for `@digitalbazaar/vc-bitstring-status-list`. */
declare module "@digitalbazaar/vc-bitstring-status-list" {
  export const checkStatus: (options: Record<string, unknown>) => Promise<{
    verified: boolean;
    error?: Error;
    results?: { verified: boolean; status: boolean; credentialStatus: { statusPurpose: string } }[];
  }>;
}
