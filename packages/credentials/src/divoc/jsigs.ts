import jsigs from "jsonld-signatures";

// The shared shim types only what the native credential calls; the DIVOC suite also needs the
// LinkedDataSignature base class and a proof purpose with a given controller, typed here.

/** A signer in the shape jsonld-signatures suites call. */
export type JwsSigner = { id: string; sign(options: { data: Uint8Array }): Promise<Uint8Array> };

/** A verifier in the shape jsonld-signatures suites call. */
export type JwsVerifier = { verify(options: { data: Uint8Array; signature: Uint8Array }): Promise<boolean> };

/** The members of jsonld-signatures' LinkedDataSignature that the DIVOC RSA suite uses. */
export type LinkedDataSignatureBase = {
  type: string;
  signer?: JwsSigner;
  verifier?: JwsVerifier;
  canonize(input: unknown, options: { documentLoader: unknown; skipExpansion?: boolean }): Promise<string>;
};

type LinkedDataSignatureClass = new (options: {
  type: string;
  contextUrl: string;
  signer?: JwsSigner;
  verifier?: JwsVerifier;
  date?: string | Date;
}) => LinkedDataSignatureBase;

type Purpose = { term: string };

type JsigsInternals = {
  suites: { LinkedDataSignature: LinkedDataSignatureClass };
  purposes: { AssertionProofPurpose: new (options?: { controller?: Record<string, unknown>; date?: Date }) => Purpose };
};

const internals = jsigs as unknown as JsigsInternals;

/** jsonld-signatures' base class for suites that canonize with URDNA2015 and hash proof and document. */
export const LinkedDataSignature = internals.suites.LinkedDataSignature;

/** An `assertionMethod` proof purpose checked against the given controller document, not a fetched one. */
export const assertionPurpose = (controller?: Record<string, unknown>): Purpose =>
  new internals.purposes.AssertionProofPurpose(controller ? { controller } : {});

/** jsonld-signatures itself (sign, verify), typed by the shared shim. */
export { jsigs };
