import { PageHeader } from "@vax/ui";
import { Forbidden } from "@/components/forbidden";
import { SchemaForm } from "@/components/schema/schema-form";
import { guardPage } from "@/lib/guard";

/** Creates a credential schema and publishes its first version. */
const NewSchemaPage = async () => {
  const { allowed } = await guardPage("schema:write", "/schemas/new");
  if (!allowed) return <Forbidden />;
  return (
    <>
      <PageHeader
        title="New schema"
        description="Its first version is published at once and never changes; later changes are new versions."
      />
      <SchemaForm />
    </>
  );
};

export default NewSchemaPage;
