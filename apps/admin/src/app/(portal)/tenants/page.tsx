import { can } from "@vax/auth/permissions";
import { PageHeader } from "@vax/ui";
import { getTranslations } from "next-intl/server";
import { Forbidden } from "@/components/forbidden";
import { NewRecordLink } from "@/components/new-record-link";
import { TenantList } from "@/components/tenant/tenant-list";
import { guardPage } from "@/lib/guard";

/** The platform's tenants: each a ministry or programme owner that issues under its own keys. */
const TenantsPage = async () => {
  const { actor, allowed } = await guardPage("tenant:read", "/tenants");
  if (!allowed) return <Forbidden />;
  const t = await getTranslations("TenantList");
  return (
    <>
      <PageHeader
        title={t("title")}
        description={t("description")}
        actions={<NewRecordLink href="/tenants/new" label={t("new")} allowed={can(actor.role, "tenant:write")} />}
      />
      <TenantList />
    </>
  );
};

export default TenantsPage;
