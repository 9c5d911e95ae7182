import { getProgramme } from "@vax/core";
import { PageHeader } from "@vax/ui";
import { getTranslations } from "next-intl/server";
import { ActiveBadge } from "@/components/active-badge";
import { ActiveToggle } from "@/components/active-toggle";
import { Forbidden } from "@/components/forbidden";
import { ProgrammeForm } from "@/components/programme/programme-form";
import { guardPage } from "@/lib/guard";
import { loadOr404 } from "@/lib/load-or-404";

/** Edits a programme, or deactivates it. */
const EditProgrammePage = async ({ params }: { params: Promise<{ id: string }> }) => {
  const { id } = await params;
  const { actor, allowed } = await guardPage("programme:write", `/programmes/${id}`);
  if (!allowed) return <Forbidden />;
  const t = await getTranslations("ProgrammePages");
  const programme = await loadOr404(() => getProgramme({ actor, id }));
  return (
    <>
      <PageHeader
        title={programme.name}
        description={t("editDescription")}
        actions={<ActiveBadge active={programme.active} />}
      />
      <div className="flex flex-col gap-6">
        <ProgrammeForm programme={programme} />
        <div className="max-w-2xl">
          <ActiveToggle resource="programmes" id={programme.id} active={programme.active} noun={t("toggleNoun")} />
        </div>
      </div>
    </>
  );
};

export default EditProgrammePage;
