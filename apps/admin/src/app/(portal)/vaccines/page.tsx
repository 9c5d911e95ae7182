import { can } from "@vax/auth/permissions";
import { PageHeader } from "@vax/ui";
import Link from "next/link";
import { Forbidden } from "@/components/forbidden";
import { VaccineList } from "@/components/vaccine/vaccine-list";
import { guardPage } from "@/lib/guard";

/** The vaccines of the tenant. */
const VaccinesPage = async () => {
  const { actor, allowed } = await guardPage("vaccine:read", "/vaccines");
  if (!allowed) return <Forbidden />;
  return (
    <>
      <PageHeader
        title="Vaccines"
        description="The vaccines your programmes give, with their codes and dose schedules."
        actions={
          can(actor.role, "vaccine:write") ? (
            <Link href="/vaccines/new" className="rounded-md bg-teal-700 px-4 py-2 text-sm font-medium text-white">
              New vaccine
            </Link>
          ) : null
        }
      />
      <VaccineList />
    </>
  );
};

export default VaccinesPage;
