import { Alert } from "@vax/ui";
import { useTranslations } from "next-intl";

/** Shown instead of a page the signed-in role may not see. */
export const Forbidden = () => {
  const t = useTranslations("PortalForbidden");
  return <Alert tone="error">{t.rich("message", { strong: (chunks) => <strong>{chunks}</strong> })}</Alert>;
};
