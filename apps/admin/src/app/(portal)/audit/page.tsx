import { PageHeader } from "@vax/ui";
import { AuditList } from "@/components/audit/audit-list";
import { Forbidden } from "@/components/forbidden";
import { guardPage } from "@/lib/guard";

/** Who changed what in the tenant, and when. */
const AuditPage = async () => {
  const { allowed } = await guardPage("audit:read", "/audit");
  if (!allowed) return <Forbidden />;
  return (
    <>
      <PageHeader
        title="Audit log"
        description="Every change made in your tenant: who, when, and what it was before and after."
      />
      <AuditList />
    </>
  );
};

export default AuditPage;
