import type { TSigningKeyKind } from "@vax/core/schemas";
import { useTranslations } from "next-intl";

/** The classes of a key's status badge. */
export const keyStatusClass: Record<string, string> = {
  PENDING: "bg-amber-100 text-amber-900",
  ACTIVE: "bg-green-100 text-green-800",
  RETIRED: "bg-slate-200 text-slate-700",
  REVOKED: "bg-red-100 text-red-800",
};

/**
 * The words for what a key signs and for its status. The algorithm names stay as they are, so they are
 * arguments rather than words to translate.
 */
export const useKeyLabels = () => {
  const t = useTranslations("KeyLabels");
  const kinds: Record<TSigningKeyKind, string> = {
    VC: t("kindVc", { algorithm: "Ed25519" }),
    SHC: t("kindShc", { algorithm: "P-256" }),
    CSCA: t("kindCsca", { algorithm: "P-256" }),
    EU_DCC: t("kindEuDcc", { algorithm: "P-256" }),
  };
  const statuses: Record<string, string> = {
    PENDING: t("pending"),
    ACTIVE: t("active"),
    RETIRED: t("retired"),
    REVOKED: t("revoked"),
  };
  return {
    kinds,
    kindLabel: (kind: string) => kinds[kind as TSigningKeyKind] ?? kind,
    statusLabel: (status: string) => statuses[status] ?? status,
  };
};
