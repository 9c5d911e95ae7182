import { PageHeader } from "@vax/ui";
import { getTranslations } from "next-intl/server";
import { Forbidden } from "@/components/forbidden";
import { TenantCreateForm } from "@/components/tenant/tenant-create-form";
import { guardPage } from "@/lib/guard";

/** Creates a tenant, its first signing keys and its first admin. */
const NewTenantPage = async () => {
  const { allowed } = await guardPage("tenant:write", "/tenants/new");
  if (!allowed) return <Forbidden />;
  const t = await getTranslations("TenantForm");
  return (
    <>
      <PageHeader title={t("title")} description={t("description")} />
      <TenantCreateForm />
    </>
  );
};

export default NewTenantPage;
