import { can } from "@vax/auth/permissions";
import { PageHeader } from "@vax/ui";
import Link from "next/link";
import { FacilityList } from "@/components/facility/facility-list";
import { Forbidden } from "@/components/forbidden";
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
          can(actor.role, "facility:write") ? (
            <Link href="/facilities/new" className="rounded-md bg-teal-700 px-4 py-2 text-sm font-medium text-white">
              New facility
            </Link>
          ) : null
        }
      />
      <FacilityList />
    </>
  );
};

export default FacilitiesPage;
