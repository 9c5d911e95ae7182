import { can } from "@vax/auth/permissions";
import { PageHeader } from "@vax/ui";
import { Forbidden } from "@/components/forbidden";
import { NewRecordLink } from "@/components/new-record-link";
import { TenantList } from "@/components/tenant/tenant-list";
import { guardPage } from "@/lib/guard";

/** The platform's tenants: each a ministry or programme owner that issues under its own keys. */
const TenantsPage = async () => {
  const { actor, allowed } = await guardPage("tenant:read", "/tenants");
  if (!allowed) return <Forbidden />;
  return (
    <>
      <PageHeader
        title="Tenants"
        description="Each tenant issues certificates under its own name and keys, and runs its own programmes."
        actions={<NewRecordLink href="/tenants/new" label="New tenant" allowed={can(actor.role, "tenant:write")} />}
      />
      <TenantList />
    </>
  );
};

export default TenantsPage;
