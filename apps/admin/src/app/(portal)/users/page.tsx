import { can } from "@vax/auth/permissions";
import { PageHeader } from "@vax/ui";
import { getTranslations } from "next-intl/server";
import { Forbidden } from "@/components/forbidden";
import { NewRecordLink } from "@/components/new-record-link";
import { UserList } from "@/components/user/user-list";
import { guardPage } from "@/lib/guard";

/** The tenant's users and vaccinators (a facility admin sees their facility's). */
const UsersPage = async () => {
  const { actor, allowed } = await guardPage("user:read", "/users");
  if (!allowed) return <Forbidden />;
  const canEdit = can(actor.role, "user:write");
  const t = await getTranslations("UserList");
  return (
    <>
      <PageHeader
        title={t("title")}
        description={t("description")}
        actions={<NewRecordLink href="/users/new" label={t("new")} allowed={canEdit} />}
      />
      <UserList canEdit={canEdit} />
    </>
  );
};

export default UsersPage;
