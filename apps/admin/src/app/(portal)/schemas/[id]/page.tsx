import { can } from "@vax/auth/permissions";
import { getCredentialSchema } from "@vax/core";
import { PageHeader } from "@vax/ui";
import { getTranslations } from "next-intl/server";
import { ConfirmAction } from "@/components/confirm-action";
import { Forbidden } from "@/components/forbidden";
import { SchemaForm } from "@/components/schema/schema-form";
import { SchemaStatus } from "@/components/schema/schema-status";
import { SchemaVersionCard } from "@/components/schema/schema-version-card";
import { guardPage } from "@/lib/guard";
import { loadOr404 } from "@/lib/load-or-404";

/** A credential schema with its versions: publish the next one, retire one or the whole schema. */
const SchemaPage = async ({ params }: { params: Promise<{ id: string }> }) => {
  const { id } = await params;
  const { actor, allowed } = await guardPage("schema:read", `/schemas/${id}`);
  if (!allowed) return <Forbidden />;
  const t = await getTranslations("SchemaPages");
  const schema = await loadOr404(() => getCredentialSchema({ actor, schemaId: id }));
  const canChange = can(actor.role, "schema:write") && !schema.builtIn && !schema.retiredAt;
  return (
    <>
      <PageHeader
        title={schema.title}
        description={schema.description || t("schemaNamed", { name: schema.name })}
        actions={<SchemaStatus builtIn={schema.builtIn} retiredAt={schema.retiredAt} />}
      />
      <div className="flex flex-col gap-6">
        {[...schema.versions].reverse().map((version) => (
          <SchemaVersionCard key={version.id} schemaId={schema.id} version={version} canRetire={canChange} />
        ))}
        {canChange ? (
          <>
            <SchemaForm schema={schema} />
            <div className="max-w-3xl">
              <ConfirmAction
                label={t("retire")}
                consequence={t("retireConsequence")}
                url={`/api/v1/schemas/${schema.id}/retire`}
                variant="danger"
              />
            </div>
          </>
        ) : null}
      </div>
    </>
  );
};

export default SchemaPage;
