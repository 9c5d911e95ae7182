import type { TTrustedIssuerView } from "@vax/core";

/** Where an entry came from, in the words the list shows. */
export const trustSourceLabels: Record<TTrustedIssuerView["source"], string> = {
  MANUAL: "Entered by hand",
  TRUST_LIST: "Trust list",
  DSC_LIST: "DSC list",
  JWKS: "JWKS",
};
