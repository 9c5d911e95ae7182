import { StatusBadge } from "@vax/ui";
import { useTranslations } from "next-intl";

/** Whether a record is active, at a glance, in the page's language. */
export const ActiveBadge = ({ active }: { active: boolean }) => {
  const t = useTranslations("ActiveBadge");
  return <StatusBadge active={active} label={active ? t("active") : t("inactive")} />;
};
