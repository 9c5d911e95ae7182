import { can } from "@vax/auth/permissions";
import { PageHeader } from "@vax/ui";
import { Forbidden } from "@/components/forbidden";
import { NewRecordLink } from "@/components/new-record-link";
import { ProgrammeList } from "@/components/programme/programme-list";
import { guardPage } from "@/lib/guard";

/** The programmes of the tenant. */
const ProgrammesPage = async () => {
  const { actor, allowed } = await guardPage("programme:read", "/programmes");
  if (!allowed) return <Forbidden />;
  return (
    <>
      <PageHeader
        title="Programmes"
        description="Vaccination programmes run by your ministry."
        actions={
          <NewRecordLink href="/programmes/new" label="New programme" allowed={can(actor.role, "programme:write")} />
        }
      />
      <ProgrammeList />
    </>
  );
};

export default ProgrammesPage;
