import { can } from "@vax/auth/permissions";
import { PageHeader } from "@vax/ui";
import { getTranslations } from "next-intl/server";
import { Forbidden } from "@/components/forbidden";
import { NewRecordLink } from "@/components/new-record-link";
import { ProgrammeList } from "@/components/programme/programme-list";
import { guardPage } from "@/lib/guard";

/** The programmes of the tenant. */
const ProgrammesPage = async () => {
  const { actor, allowed } = await guardPage("programme:read", "/programmes");
  if (!allowed) return <Forbidden />;
  const t = await getTranslations("ProgrammePages");
  return (
    <>
      <PageHeader
        title={t("listTitle")}
        description={t("listDescription")}
        actions={
          <NewRecordLink
            href="/programmes/new"
            label={t("newProgramme")}
            allowed={can(actor.role, "programme:write")}
          />
        }
      />
      <ProgrammeList />
    </>
  );
};

export default ProgrammesPage;
