import { PageHeader } from "@vax/ui";
import { getTranslations } from "next-intl/server";
import { Forbidden } from "@/components/forbidden";
import { SchemaForm } from "@/components/schema/schema-form";
import { guardPage } from "@/lib/guard";

/** Creates a credential schema and publishes its first version. */
const NewSchemaPage = async () => {
  const { allowed } = await guardPage("schema:write", "/schemas/new");
  if (!allowed) return <Forbidden />;
  const t = await getTranslations("SchemaPages");
  return (
    <>
      <PageHeader title={t("newTitle")} description={t("newDescription")} />
      <SchemaForm />
    </>
  );
};

export default NewSchemaPage;
