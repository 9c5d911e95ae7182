import { listFacilityOptions } from "@vax/core";
import { PageHeader } from "@vax/ui";
import { getTranslations } from "next-intl/server";
import { Forbidden } from "@/components/forbidden";
import { UserForm } from "@/components/user/user-form";
import { guardPage } from "@/lib/guard";

/** Creates a user; a vaccinator also gets its vaccinator record. */
const NewUserPage = async () => {
  const { actor, allowed } = await guardPage("user:write", "/users/new");
  if (!allowed) return <Forbidden />;
  const facilities = await listFacilityOptions({ actor });
  const t = await getTranslations("UserForm");
  return (
    <>
      <PageHeader title={t("title")} description={t("description")} />
      <UserForm facilities={facilities} />
    </>
  );
};

export default NewUserPage;
