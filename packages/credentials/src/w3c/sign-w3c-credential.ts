import jsigs from "jsonld-signatures";
import type { DocumentLoader } from "./document-loader.ts";
import { shareContextDefinitions } from "./shared-context-clone.ts";
import { createSigningSuite, type W3cProofType, type W3cSigner } from "./suites.ts";

/** Options for {@link signW3cCredential}. */
export type SignW3cCredentialOptions = {
  credential: Record<string, unknown>;
  signer: W3cSigner;
  documentLoader: DocumentLoader;
  /** Proof type, default the native `eddsa-rdfc-2022` DataIntegrityProof. */
  type?: W3cProofType;
  /** The proof's `created` time, default now. */
  created?: Date | string;
};

const { AssertionProofPurpose } = jsigs.purposes;

/** Adds an assertionMethod proof to a W3C credential and returns the signed copy. */
export const signW3cCredential = async (options: SignW3cCredentialOptions): Promise<Record<string, unknown>> => {
  await shareContextDefinitions();
  const suite = createSigningSuite({
    type: options.type ?? "eddsa-rdfc-2022",
    signer: options.signer,
    created: options.created,
  });
  // jsigs.sign adds the proof to the object it is given; signing a copy keeps the caller's credential unsigned.
  const signed = await jsigs.sign(structuredClone(options.credential), {
    suite,
    purpose: new AssertionProofPurpose(),
    documentLoader: options.documentLoader,
  });
  return { ...signed, proof: orderProof(signed.proof as Record<string, unknown>) };
};

const PROOF_KEY_ORDER = ["type", "cryptosuite", "created", "verificationMethod", "proofPurpose", "proofValue"];

// The suites add proof members in their own order; the spec examples and vectors use this one,
// so our JSON (and its QR) matches them byte for byte. Key order does not change the signature.
const orderProof = (proof: Record<string, unknown>): Record<string, unknown> => {
  const ordered: Record<string, unknown> = {};
  for (const key of PROOF_KEY_ORDER) if (key in proof) ordered[key] = proof[key];
  return { ...ordered, ...proof };
};
