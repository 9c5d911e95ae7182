import { getVaccine } from "@vax/core";
import { PageHeader } from "@vax/ui";
import { getTranslations } from "next-intl/server";
import { ActiveBadge } from "@/components/active-badge";
import { ActiveToggle } from "@/components/active-toggle";
import { Forbidden } from "@/components/forbidden";
import { VaccineForm } from "@/components/vaccine/vaccine-form";
import { guardPage } from "@/lib/guard";
import { loadOr404 } from "@/lib/load-or-404";
import { programmeOptions } from "@/lib/programme-options";

/** Edits a vaccine, or deactivates it. */
const EditVaccinePage = async ({ params }: { params: Promise<{ id: string }> }) => {
  const { id } = await params;
  const { actor, allowed } = await guardPage("vaccine:write", `/vaccines/${id}`);
  if (!allowed) return <Forbidden />;
  const t = await getTranslations("VaccinePages");
  const vaccine = await loadOr404(() => getVaccine({ actor, id }));
  return (
    <>
      <PageHeader
        title={vaccine.name}
        description={t("editDescription")}
        actions={<ActiveBadge active={vaccine.active} />}
      />
      <div className="flex flex-col gap-6">
        <VaccineForm vaccine={vaccine} programmes={await programmeOptions(actor, vaccine.programmes)} />
        <div className="max-w-2xl">
          <ActiveToggle resource="vaccines" id={vaccine.id} active={vaccine.active} noun={t("toggleNoun")} />
        </div>
      </div>
    </>
  );
};

export default EditVaccinePage;
