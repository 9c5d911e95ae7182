import { PageHeader } from "@vax/ui";
import { getTranslations } from "next-intl/server";
import { Forbidden } from "@/components/forbidden";
import { ProgrammeForm } from "@/components/programme/programme-form";
import { guardPage } from "@/lib/guard";

/** Creates a programme. */
const NewProgrammePage = async () => {
  const { allowed } = await guardPage("programme:write", "/programmes/new");
  if (!allowed) return <Forbidden />;
  const t = await getTranslations("ProgrammePages");
  return (
    <>
      <PageHeader title={t("newTitle")} />
      <ProgrammeForm />
    </>
  );
};

export default NewProgrammePage;
