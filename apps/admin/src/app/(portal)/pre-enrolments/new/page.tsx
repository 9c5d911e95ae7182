import { PageHeader } from "@vax/ui";
import { Forbidden } from "@/components/forbidden";
import { PreEnrolmentForm } from "@/components/pre-enrolment/pre-enrolment-form";
import { facilityOptions } from "@/lib/facility-options";
import { guardPage } from "@/lib/guard";
import { programmeOptions } from "@/lib/programme-options";

/** Pre-enrols a recipient. */
const NewPreEnrolmentPage = async () => {
  const { actor, allowed } = await guardPage("recipient:write", "/pre-enrolments/new");
  if (!allowed) return <Forbidden />;
  const [programmes, facilities] = await Promise.all([programmeOptions(actor), facilityOptions(actor)]);
  return (
    <>
      <PageHeader title="New pre-enrolment" />
      <PreEnrolmentForm programmes={programmes} facilities={facilities} />
    </>
  );
};

export default NewPreEnrolmentPage;
