import type { TTrustedIssuerView } from "@vax/core";
import { useTranslations } from "next-intl";

/** Where an entry came from, in the words the list shows (the edit page, a server page, says it the same way). */
export const useTrustSourceLabels = (): Record<TTrustedIssuerView["source"], string> => {
  const t = useTranslations("TrustSource");
  return { MANUAL: t("manual"), TRUST_LIST: t("trustList"), DSC_LIST: t("dscList"), JWKS: t("jwks") };
};
