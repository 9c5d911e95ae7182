import { PageHeader } from "@vax/ui";
import { Forbidden } from "@/components/forbidden";
import { TenantCreateForm } from "@/components/tenant/tenant-create-form";
import { guardPage } from "@/lib/guard";

/** Creates a tenant, its first signing keys and its first admin. */
const NewTenantPage = async () => {
  const { allowed } = await guardPage("tenant:write", "/tenants/new");
  if (!allowed) return <Forbidden />;
  return (
    <>
      <PageHeader
        title="New tenant"
        description="Its signing keys are made with it; its first admin gets a one-time password, shown once."
      />
      <TenantCreateForm />
    </>
  );
};

export default NewTenantPage;
