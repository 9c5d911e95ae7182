import { can } from "@vax/auth/permissions";
import { PageHeader } from "@vax/ui";
import { Forbidden } from "@/components/forbidden";
import { NewRecordLink } from "@/components/new-record-link";
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
        actions={<NewRecordLink href="/vaccines/new" label="New vaccine" allowed={can(actor.role, "vaccine:write")} />}
      />
      <VaccineList />
    </>
  );
};

export default VaccinesPage;
