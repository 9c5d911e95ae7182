import { PageHeader } from "@vax/ui";
import { Forbidden } from "@/components/forbidden";
import { ProgrammeForm } from "@/components/programme/programme-form";
import { guardPage } from "@/lib/guard";

/** Creates a programme. */
const NewProgrammePage = async () => {
  const { allowed } = await guardPage("programme:write", "/programmes/new");
  if (!allowed) return <Forbidden />;
  return (
    <>
      <PageHeader title="New programme" />
      <ProgrammeForm />
    </>
  );
};

export default NewProgrammePage;
