import { can } from "@vax/auth/permissions";
import { PageHeader } from "@vax/ui";
import { getTranslations } from "next-intl/server";
import { ApiClientList } from "@/components/api-client/api-client-list";
import { Forbidden } from "@/components/forbidden";
import { NewRecordLink } from "@/components/new-record-link";
import { guardPage } from "@/lib/guard";

/** The tenant's API clients: systems that issue and read certificates with a bearer token. */
const ApiClientsPage = async () => {
  const { actor, allowed } = await guardPage("api-client:read", "/api-clients");
  if (!allowed) return <Forbidden />;
  const canEdit = can(actor.role, "api-client:write");
  const t = await getTranslations("ApiClientPages");
  return (
    <>
      <PageHeader
        title={t("listTitle")}
        description={t("listDescription")}
        actions={<NewRecordLink href="/api-clients/new" label={t("newClient")} allowed={canEdit} />}
      />
      <ApiClientList canEdit={canEdit} />
    </>
  );
};

export default ApiClientsPage;
