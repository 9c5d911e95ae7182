import { DataIntegrityProof } from "@digitalbazaar/data-integrity";
import { Ed25519Signature2020 } from "@digitalbazaar/ed25519-signature-2020";
import { cryptosuite as eddsaRdfc2022 } from "@digitalbazaar/eddsa-rdfc-2022-cryptosuite";
import { cachedCryptosuite } from "./cached-cryptosuite.ts";

let verifyingSuites: unknown[] | undefined;

/** The suites a verifier accepts; they hold no key, so one set serves every verification. */
export const getVerifyingSuites = (): unknown[] => {
  verifyingSuites ??= [
    new DataIntegrityProof({ cryptosuite: cachedCryptosuite(eddsaRdfc2022) }),
    new Ed25519Signature2020(),
  ];
  return verifyingSuites;
};
