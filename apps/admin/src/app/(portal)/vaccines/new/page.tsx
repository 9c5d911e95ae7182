import { PageHeader } from "@vax/ui";
import { getTranslations } from "next-intl/server";
import { Forbidden } from "@/components/forbidden";
import { VaccineForm } from "@/components/vaccine/vaccine-form";
import { guardPage } from "@/lib/guard";
import { programmeOptions } from "@/lib/programme-options";

/** Creates a vaccine. */
const NewVaccinePage = async () => {
  const { actor, allowed } = await guardPage("vaccine:write", "/vaccines/new");
  if (!allowed) return <Forbidden />;
  const t = await getTranslations("VaccinePages");
  return (
    <>
      <PageHeader title={t("newTitle")} />
      <VaccineForm programmes={await programmeOptions(actor)} />
    </>
  );
};

export default NewVaccinePage;
