import { can } from "@vax/auth/permissions";
import { PageHeader } from "@vax/ui";
import { getTranslations } from "next-intl/server";
import { FacilityList } from "@/components/facility/facility-list";
import { Forbidden } from "@/components/forbidden";
import { NewRecordLink } from "@/components/new-record-link";
import { guardPage } from "@/lib/guard";

/** The facilities of the tenant. */
const FacilitiesPage = async () => {
  const { actor, allowed } = await guardPage("facility:read", "/facilities");
  if (!allowed) return <Forbidden />;
  const t = await getTranslations("FacilityList");
  return (
    <>
      <PageHeader
        title={t("title")}
        description={t("description")}
        actions={<NewRecordLink href="/facilities/new" label={t("new")} allowed={can(actor.role, "facility:write")} />}
      />
      <FacilityList />
    </>
  );
};

export default FacilitiesPage;
