import { can } from "@vax/auth/permissions";
import { PageHeader } from "@vax/ui";
import { FacilityList } from "@/components/facility/facility-list";
import { Forbidden } from "@/components/forbidden";
import { NewRecordLink } from "@/components/new-record-link";
import { guardPage } from "@/lib/guard";

/** The facilities of the tenant. */
const FacilitiesPage = async () => {
  const { actor, allowed } = await guardPage("facility:read", "/facilities");
  if (!allowed) return <Forbidden />;
  return (
    <>
      <PageHeader
        title="Facilities"
        description="The hospitals, health centres and clinics where doses are given."
        actions={
          <NewRecordLink href="/facilities/new" label="New facility" allowed={can(actor.role, "facility:write")} />
        }
      />
      <FacilityList />
    </>
  );
};

export default FacilitiesPage;
