import { can } from "@vax/auth/permissions";
import { PageHeader } from "@vax/ui";
import { getTranslations } from "next-intl/server";
import { Forbidden } from "@/components/forbidden";
import { NewRecordLink } from "@/components/new-record-link";
import { VaccineList } from "@/components/vaccine/vaccine-list";
import { guardPage } from "@/lib/guard";

/** The vaccines of the tenant. */
const VaccinesPage = async () => {
  const { actor, allowed } = await guardPage("vaccine:read", "/vaccines");
  if (!allowed) return <Forbidden />;
  const t = await getTranslations("VaccinePages");
  return (
    <>
      <PageHeader
        title={t("listTitle")}
        description={t("listDescription")}
        actions={
          <NewRecordLink href="/vaccines/new" label={t("newVaccine")} allowed={can(actor.role, "vaccine:write")} />
        }
      />
      <VaccineList />
    </>
  );
};

export default VaccinesPage;
