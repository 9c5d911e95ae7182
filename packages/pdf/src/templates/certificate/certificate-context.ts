import { createContext, useContext } from "react";
import type { TSizes } from "./styles.ts";
import type { TCertificateWords } from "./words.ts";

/** What every block draws with: the certificate's words, its accent colour and the sizes for its paper. */
export type TCertificateLook = { words: TCertificateWords; accent: string; sizes: TSizes };

export const CertificateLook = createContext<TCertificateLook | undefined>(undefined);

/** The look of the certificate being drawn. */
export const useLook = (): TCertificateLook => {
  const look = useContext(CertificateLook);
  if (!look) throw new Error("A certificate block is drawn outside a certificate");
  return look;
};
