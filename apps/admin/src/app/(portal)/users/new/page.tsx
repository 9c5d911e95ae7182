import { listFacilityOptions } from "@vax/core";
import { PageHeader } from "@vax/ui";
import { Forbidden } from "@/components/forbidden";
import { UserForm } from "@/components/user/user-form";
import { guardPage } from "@/lib/guard";

/** Creates a user; a vaccinator also gets its vaccinator record. */
const NewUserPage = async () => {
  const { actor, allowed } = await guardPage("user:write", "/users/new");
  if (!allowed) return <Forbidden />;
  const facilities = await listFacilityOptions({ actor });
  return (
    <>
      <PageHeader title="New user" description="The user signs in with this e-mail and password." />
      <UserForm facilities={facilities} />
    </>
  );
};

export default NewUserPage;
