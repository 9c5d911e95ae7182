import { can } from "@vax/auth/permissions";
import { PageHeader } from "@vax/ui";
import Link from "next/link";
import { Forbidden } from "@/components/forbidden";
import { UserList } from "@/components/user/user-list";
import { guardPage } from "@/lib/guard";

/** The tenant's users and vaccinators (a facility admin sees their facility's). */
const UsersPage = async () => {
  const { actor, allowed } = await guardPage("user:read", "/users");
  if (!allowed) return <Forbidden />;
  const canEdit = can(actor.role, "user:write");
  return (
    <>
      <PageHeader
        title="Users and vaccinators"
        description="Who signs in to the portal and the facility app, and the vaccinators named on certificates."
        actions={
          canEdit ? (
            <Link href="/users/new" className="rounded-md bg-teal-700 px-4 py-2 text-sm font-medium text-white">
              New user
            </Link>
          ) : null
        }
      />
      <UserList canEdit={canEdit} />
    </>
  );
};

export default UsersPage;
