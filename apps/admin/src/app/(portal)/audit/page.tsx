import { PageHeader } from "@vax/ui";
import { getTranslations } from "next-intl/server";
import { AuditList } from "@/components/audit/audit-list";
import { Forbidden } from "@/components/forbidden";
import { guardPage } from "@/lib/guard";

/** Who changed what in the tenant, and when. */
const AuditPage = async () => {
  const { allowed } = await guardPage("audit:read", "/audit");
  if (!allowed) return <Forbidden />;
  const t = await getTranslations("AuditPage");
  return (
    <>
      <PageHeader title={t("title")} description={t("description")} />
      <AuditList />
    </>
  );
};

export default AuditPage;
