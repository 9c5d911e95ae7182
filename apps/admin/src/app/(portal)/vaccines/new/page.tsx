import { PageHeader } from "@vax/ui";
import { Forbidden } from "@/components/forbidden";
import { VaccineForm } from "@/components/vaccine/vaccine-form";
import { guardPage } from "@/lib/guard";
import { programmeOptions } from "@/lib/programme-options";

/** Creates a vaccine. */
const NewVaccinePage = async () => {
  const { actor, allowed } = await guardPage("vaccine:write", "/vaccines/new");
  if (!allowed) return <Forbidden />;
  return (
    <>
      <PageHeader title="New vaccine" />
      <VaccineForm programmes={await programmeOptions(actor)} />
    </>
  );
};

export default NewVaccinePage;
