import type { TBulkKind } from "@vax/core/schemas";
import { useTranslations } from "next-intl";

/** How each kind of bulk upload reads in the portal, in the reader's language. */
export const useBulkKindLabels = (): Record<TBulkKind, string> => {
  const t = useTranslations("BulkUploadKind");
  return {
    facilities: t("facilities"),
    users: t("users"),
    "pre-enrolments": t("preEnrolments"),
    certify: t("certify"),
  };
};
