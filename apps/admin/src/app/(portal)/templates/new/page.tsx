import { templateEditorOptions } from "@vax/core";
import { PageHeader } from "@vax/ui";
import { Forbidden } from "@/components/forbidden";
import { TemplateEditor } from "@/components/template/template-editor";
import { guardPage } from "@/lib/guard";

/** Creates a certificate template, starting from the built-in look. */
const NewTemplatePage = async () => {
  const { allowed } = await guardPage("template:write", "/templates/new");
  if (!allowed) return <Forbidden />;
  return (
    <>
      <PageHeader title="New certificate template" description="Starts from the built-in look; saved as version 1." />
      <TemplateEditor options={templateEditorOptions()} />
    </>
  );
};

export default NewTemplatePage;
