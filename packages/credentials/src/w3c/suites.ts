import { DataIntegrityProof } from "@digitalbazaar/data-integrity";
import type * as Ed25519Multikey from "@digitalbazaar/ed25519-multikey";
import { Ed25519Signature2020 } from "@digitalbazaar/ed25519-signature-2020";
import { cryptosuite as eddsaRdfc2022 } from "@digitalbazaar/eddsa-rdfc-2022-cryptosuite";
import { cachedCryptosuite } from "./cached-cryptosuite.ts";

export { createW3cSigner } from "./create-w3c-signer.ts";

/** The proof types this package signs and verifies. */
export type W3cProofType = "eddsa-rdfc-2022" | "Ed25519Signature2020";

/** An Ed25519 signing key in Multikey form; `id` is the verification method URL put in the proof. */
export type W3cSigningKey = { id: string; controller?: string; publicKeyMultibase: string; secretKeyMultibase: string };

/** A signer as the Digital Bazaar suites take it. */
export type W3cSigner = Ed25519Multikey.Signer;

// One cache for every signing suite: a batch shares its proof configuration across credentials.
const eddsaRdfc2022Cached = cachedCryptosuite(eddsaRdfc2022);

/** Creates the jsonld-signatures suite that signs with the given proof type. */
export const createSigningSuite = (options: { type: W3cProofType; signer: W3cSigner; created?: Date | string }) => {
  const date = options.created ?? new Date();
  if (options.type === "Ed25519Signature2020") return new Ed25519Signature2020({ signer: options.signer, date });
  return new DataIntegrityProof({ signer: options.signer, date, cryptosuite: eddsaRdfc2022Cached });
};
