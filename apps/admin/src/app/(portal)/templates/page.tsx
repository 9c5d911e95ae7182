import { can } from "@vax/auth/permissions";
import { PageHeader } from "@vax/ui";
import { getTranslations } from "next-intl/server";
import { Forbidden } from "@/components/forbidden";
import { NewRecordLink } from "@/components/new-record-link";
import { TemplateList } from "@/components/template/template-list";
import { guardPage } from "@/lib/guard";

/** The tenant's certificate templates. */
const TemplatesPage = async () => {
  const { actor, allowed } = await guardPage("template:read", "/templates");
  if (!allowed) return <Forbidden />;
  const t = await getTranslations("TemplatePages");
  return (
    <>
      <PageHeader
        title={t("listTitle")}
        description={t("listDescription")}
        actions={
          <NewRecordLink href="/templates/new" label={t("newTemplate")} allowed={can(actor.role, "template:write")} />
        }
      />
      <TemplateList />
    </>
  );
};

export default TemplatesPage;
