import { getUser, listFacilityOptions } from "@vax/core";
import { Alert, PageHeader } from "@vax/ui";
import { getTranslations } from "next-intl/server";
import { ActiveBadge } from "@/components/active-badge";
import { ActiveToggle } from "@/components/active-toggle";
import { Forbidden } from "@/components/forbidden";
import { getRoleLabel } from "@/components/user/role-labels";
import { UserForm } from "@/components/user/user-form";
import { guardPage } from "@/lib/guard";
import { loadOr404 } from "@/lib/load-or-404";

/** Edits a user, or deactivates them. */
const EditUserPage = async ({ params }: { params: Promise<{ id: string }> }) => {
  const { id } = await params;
  const { actor, allowed } = await guardPage("user:write", `/users/${id}`);
  if (!allowed) return <Forbidden />;
  const user = await loadOr404(() => getUser({ actor, id }));
  const facilities = await listFacilityOptions({ actor, includeId: user.facilityId });
  const t = await getTranslations("UserDetail");
  const roleLabel = await getRoleLabel();
  return (
    <>
      <PageHeader
        title={user.name}
        description={`${roleLabel(user.role)} · ${user.email}`}
        actions={<ActiveBadge active={user.active} />}
      />
      <div className="flex flex-col gap-6">
        <UserForm user={user} facilities={facilities} />
        <div className="max-w-2xl">
          {user.id === actor.id ? (
            <Alert>{t("ownAccount")}</Alert>
          ) : (
            <ActiveToggle resource="users" id={user.id} active={user.active} noun={t("noun")} />
          )}
        </div>
      </div>
    </>
  );
};

export default EditUserPage;
