import { can } from "@vax/auth/permissions";
import { listCredentialSchemas } from "@vax/core";
import { PageHeader } from "@vax/ui";
import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { Forbidden } from "@/components/forbidden";
import { NewRecordLink } from "@/components/new-record-link";
import { SchemaStatus } from "@/components/schema/schema-status";
import { guardPage } from "@/lib/guard";

/** The credential schemas the tenant issues under: the built-in ones and its own. */
const SchemasPage = async () => {
  const { actor, allowed } = await guardPage("schema:read", "/schemas");
  if (!allowed) return <Forbidden />;
  const t = await getTranslations("SchemaPages");
  const schemas = await listCredentialSchemas({ actor });
  return (
    <>
      <PageHeader
        title={t("listTitle")}
        description={t("listDescription")}
        actions={<NewRecordLink href="/schemas/new" label={t("newSchema")} allowed={can(actor.role, "schema:write")} />}
      />
      <div className="overflow-x-auto rounded-lg border border-slate-200 bg-white">
        <table className="w-full text-left text-sm">
          <thead className="bg-slate-50 text-slate-600">
            <tr>
              <th className="px-4 py-2 font-medium">{t("title")}</th>
              <th className="px-4 py-2 font-medium">{t("name")}</th>
              <th className="px-4 py-2 font-medium">{t("credentialType")}</th>
              <th className="px-4 py-2 font-medium">{t("versions")}</th>
              <th className="px-4 py-2 font-medium">{t("status")}</th>
            </tr>
          </thead>
          <tbody>
            {schemas.map((schema) => (
              <tr key={schema.id} className="border-t border-slate-100">
                <td className="px-4 py-2">
                  <Link href={`/schemas/${schema.id}`} className="text-teal-800 underline">
                    {schema.title}
                  </Link>
                </td>
                <td className="px-4 py-2">{schema.name}</td>
                <td className="px-4 py-2">{schema.versions.at(-1)?.credentialType}</td>
                <td className="px-4 py-2">{schema.versions.length}</td>
                <td className="px-4 py-2">
                  <SchemaStatus builtIn={schema.builtIn} retiredAt={schema.retiredAt} />
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </>
  );
};

export default SchemasPage;
