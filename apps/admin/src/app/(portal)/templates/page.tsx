import { can } from "@vax/auth/permissions";
import { PageHeader } from "@vax/ui";
import { Forbidden } from "@/components/forbidden";
import { NewRecordLink } from "@/components/new-record-link";
import { TemplateList } from "@/components/template/template-list";
import { guardPage } from "@/lib/guard";

/** The tenant's certificate templates. */
const TemplatesPage = async () => {
  const { actor, allowed } = await guardPage("template:read", "/templates");
  if (!allowed) return <Forbidden />;
  return (
    <>
      <PageHeader
        title="Certificate templates"
        description="How your certificates look on paper and as PDFs; each programme prints with the version it chose."
        actions={
          <NewRecordLink href="/templates/new" label="New template" allowed={can(actor.role, "template:write")} />
        }
      />
      <TemplateList />
    </>
  );
};

export default TemplatesPage;
