import { PageHeader } from "@vax/ui";
import { FacilityForm } from "@/components/facility/facility-form";
import { Forbidden } from "@/components/forbidden";
import { guardPage } from "@/lib/guard";
import { programmeOptions } from "@/lib/programme-options";

/** Creates a facility. */
const NewFacilityPage = async () => {
  const { actor, allowed } = await guardPage("facility:write", "/facilities/new");
  if (!allowed) return <Forbidden />;
  return (
    <>
      <PageHeader title="New facility" />
      <FacilityForm programmes={await programmeOptions(actor)} />
    </>
  );
};

export default NewFacilityPage;
