import { PageHeader } from "@vax/ui";
import { getTranslations } from "next-intl/server";
import { ApiClientForm } from "@/components/api-client/api-client-form";
import { Forbidden } from "@/components/forbidden";
import { guardPage } from "@/lib/guard";

/** Creates an API client and shows its token once. */
const NewApiClientPage = async () => {
  const { allowed } = await guardPage("api-client:write", "/api-clients/new");
  if (!allowed) return <Forbidden />;
  const t = await getTranslations("ApiClientPages");
  return (
    <>
      <PageHeader title={t("newClient")} description={t("newDescription")} />
      <ApiClientForm />
    </>
  );
};

export default NewApiClientPage;
