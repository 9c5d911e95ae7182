import { createContext, useContext } from "react";
import type { TSlotText } from "./slot-texts.ts";
import type { TSizes } from "./styles.ts";
import type { TCertificateWords } from "./words.ts";

/**
 * How the holder's values are drawn: as text (a certificate), or as empty boxes of given heights (a skeleton, which
 * the stamp fills in; see stamp/).
 */
export type TSlotMode = { kind: "text" } | { kind: "skeleton"; heights: ReadonlyMap<string, number> };

/** What every block draws with: the certificate's words, its accent colour, the sizes for its paper, and its values. */
export type TCertificateLook = {
  words: TCertificateWords;
  accent: string;
  sizes: TSizes;
  values: ReadonlyMap<string, TSlotText>;
  slots: TSlotMode;
};

export const CertificateLook = createContext<TCertificateLook | undefined>(undefined);

/** The look of the certificate being drawn. */
export const useLook = (): TCertificateLook => {
  const look = useContext(CertificateLook);
  if (!look) throw new Error("A certificate block is drawn outside a certificate");
  return look;
};
