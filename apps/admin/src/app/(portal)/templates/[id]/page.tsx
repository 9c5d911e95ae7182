import { can } from "@vax/auth/permissions";
import { getCertificateTemplate, parseStoredTemplateSettings, templateEditorOptions } from "@vax/core";
import { PageHeader } from "@vax/ui";
import { getTranslations } from "next-intl/server";
import { ConfirmAction } from "@/components/confirm-action";
import { Forbidden } from "@/components/forbidden";
import { ProgrammeTemplateChoice } from "@/components/template/programme-template-choice";
import { TemplateEditor } from "@/components/template/template-editor";
import { TemplateVersions } from "@/components/template/template-versions";
import { guardPage } from "@/lib/guard";
import { loadOr404 } from "@/lib/load-or-404";
import { programmeOptions } from "@/lib/programme-options";

/** Edits a template beside its live preview, lists its versions, and chooses the version a programme prints with. */
const EditTemplatePage = async ({ params }: { params: Promise<{ id: string }> }) => {
  const { id } = await params;
  const { actor, allowed } = await guardPage("template:write", `/templates/${id}`);
  if (!allowed) return <Forbidden />;
  const template = await loadOr404(() => getCertificateTemplate({ actor, id }));
  const settings = parseStoredTemplateSettings(template.latest.settings);
  const t = await getTranslations("TemplatePages");
  const description = [
    template.active ? null : t("retiredNote"),
    template.schema ? t("printsSchema", { title: template.schema.title }) : null,
    t("versionNote", { version: template.latestVersion }),
  ]
    .filter(Boolean)
    .join(" ");
  return (
    <>
      <PageHeader title={template.name} description={description} />
      <div className="flex flex-col gap-6">
        {/* Keyed by version: after a save the form restarts from what was saved. */}
        <TemplateEditor
          key={template.latestVersion}
          options={templateEditorOptions()}
          template={{ id: template.id, name: template.name, schemaId: template.schema?.id ?? null, settings }}
        />
        <TemplateVersions template={template} />
        {template.active && template.programmes.length === 0 ? (
          <div>
            <ConfirmAction
              label={t("retire")}
              consequence={t("retireConsequence")}
              url={`/api/v1/templates/${template.id}/retire`}
              invalidates={["templates"]}
            />
          </div>
        ) : null}
        {/* Programmes issue vaccination certificates: only a template printing those is theirs to choose. */}
        {can(actor.role, "programme:write") && !template.schema ? (
          <ProgrammeTemplateChoice template={template} programmes={await programmeOptions(actor)} />
        ) : null}
      </div>
    </>
  );
};

export default EditTemplatePage;
