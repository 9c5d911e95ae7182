import { getFacility } from "@vax/core";
import { PageHeader } from "@vax/ui";
import { getTranslations } from "next-intl/server";
import { ActiveBadge } from "@/components/active-badge";
import { ActiveToggle } from "@/components/active-toggle";
import { FacilityForm } from "@/components/facility/facility-form";
import { Forbidden } from "@/components/forbidden";
import { guardPage } from "@/lib/guard";
import { loadOr404 } from "@/lib/load-or-404";
import { programmeOptions } from "@/lib/programme-options";

/** Edits a facility, or deactivates it. */
const EditFacilityPage = async ({ params }: { params: Promise<{ id: string }> }) => {
  const { id } = await params;
  const { actor, allowed } = await guardPage("facility:write", `/facilities/${id}`);
  if (!allowed) return <Forbidden />;
  const facility = await loadOr404(() => getFacility({ actor, id }));
  const t = await getTranslations("FacilityDetail");
  return (
    <>
      <PageHeader
        title={facility.name}
        description={t("code", { code: facility.code })}
        actions={<ActiveBadge active={facility.active} />}
      />
      <div className="flex flex-col gap-6">
        <FacilityForm facility={facility} programmes={await programmeOptions(actor, facility.programmes)} />
        <div className="max-w-2xl">
          <ActiveToggle resource="facilities" id={facility.id} active={facility.active} noun={t("noun")} />
        </div>
      </div>
    </>
  );
};

export default EditFacilityPage;
