import { can } from "@vax/auth/permissions";
import { PageHeader } from "@vax/ui";
import Link from "next/link";
import { Forbidden } from "@/components/forbidden";
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
          can(actor.role, "programme:write") ? (
            <Link href="/programmes/new" className="rounded-md bg-teal-700 px-4 py-2 text-sm font-medium text-white">
              New programme
            </Link>
          ) : null
        }
      />
      <ProgrammeList />
    </>
  );
};

export default ProgrammesPage;
