import type { TApiScope } from "@vax/core/schemas";
import { useTranslations } from "next-intl";

/** What each scope lets a client do, shown beside its checkbox (the scope's own name stays as it is). */
export const useScopeDescriptions = (): Record<TApiScope, string> => {
  const t = useTranslations("ApiClientScope");
  return {
    "certificate:issue": t("certificateIssue"),
    "certificate:read": t("certificateRead"),
    "certificate:update": t("certificateUpdate"),
    "certificate:revoke": t("certificateRevoke"),
    "credential:issue": t("credentialIssue"),
    "recipient:write": t("recipientWrite"),
    "bulk:write": t("bulkWrite"),
    "trust:write": t("trustWrite"),
  };
};
