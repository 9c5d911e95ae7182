import { PageHeader } from "@vax/ui";
import { getTranslations } from "next-intl/server";
import { FacilityForm } from "@/components/facility/facility-form";
import { Forbidden } from "@/components/forbidden";
import { guardPage } from "@/lib/guard";
import { programmeOptions } from "@/lib/programme-options";

/** Creates a facility. */
const NewFacilityPage = async () => {
  const { actor, allowed } = await guardPage("facility:write", "/facilities/new");
  if (!allowed) return <Forbidden />;
  const t = await getTranslations("FacilityForm");
  return (
    <>
      <PageHeader title={t("title")} />
      <FacilityForm programmes={await programmeOptions(actor)} />
    </>
  );
};

export default NewFacilityPage;
