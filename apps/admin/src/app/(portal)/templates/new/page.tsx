import { listCredentialSchemas, schemaTemplateDefaults, templateEditorOptions } from "@vax/core";
import { PageHeader } from "@vax/ui";
import { getTranslations } from "next-intl/server";
import { Forbidden } from "@/components/forbidden";
import { TemplateEditor } from "@/components/template/template-editor";
import { guardPage } from "@/lib/guard";

/** Creates a certificate template, starting from the built-in look. */
const NewTemplatePage = async () => {
  const { actor, allowed } = await guardPage("template:write", "/templates/new");
  if (!allowed) return <Forbidden />;
  const t = await getTranslations("TemplatePages");
  // What a template can print: vaccination certificates (no schema) or the credentials of a schema in use.
  const schemas = (await listCredentialSchemas({ actor }))
    .filter((schema) => !(schema.builtIn && schema.name === "vaccination"))
    .filter((schema) => !schema.retiredAt)
    .map((schema) => ({ id: schema.id, title: schema.title, defaultSettings: schemaTemplateDefaults(schema) }));
  return (
    <>
      <PageHeader title={t("newTitle")} description={t("newDescription")} />
      <TemplateEditor options={templateEditorOptions()} schemas={schemas} />
    </>
  );
};

export default NewTemplatePage;
