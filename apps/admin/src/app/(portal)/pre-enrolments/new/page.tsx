import { PageHeader } from "@vax/ui";
import { getTranslations } from "next-intl/server";
import { Forbidden } from "@/components/forbidden";
import { PreEnrolmentForm } from "@/components/pre-enrolment/pre-enrolment-form";
import { facilityOptions } from "@/lib/facility-options";
import { guardPage } from "@/lib/guard";
import { programmeOptions } from "@/lib/programme-options";

/** Pre-enrols a recipient. */
const NewPreEnrolmentPage = async () => {
  const { actor, allowed } = await guardPage("recipient:write", "/pre-enrolments/new");
  if (!allowed) return <Forbidden />;
  const t = await getTranslations("PreEnrolmentForm");
  const [programmes, facilities] = await Promise.all([programmeOptions(actor), facilityOptions(actor)]);
  return (
    <>
      <PageHeader title={t("title")} />
      <PreEnrolmentForm programmes={programmes} facilities={facilities} />
    </>
  );
};

export default NewPreEnrolmentPage;
