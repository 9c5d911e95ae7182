import { can } from "@vax/auth/permissions";
import { PageHeader } from "@vax/ui";
import { ApiClientList } from "@/components/api-client/api-client-list";
import { Forbidden } from "@/components/forbidden";
import { NewRecordLink } from "@/components/new-record-link";
import { guardPage } from "@/lib/guard";

/** The tenant's API clients: systems that issue and read certificates with a bearer token. */
const ApiClientsPage = async () => {
  const { actor, allowed } = await guardPage("api-client:read", "/api-clients");
  if (!allowed) return <Forbidden />;
  const canEdit = can(actor.role, "api-client:write");
  return (
    <>
      <PageHeader
        title="API clients"
        description="Systems that record doses and fetch certificates through the API, each with its own token."
        actions={<NewRecordLink href="/api-clients/new" label="New API client" allowed={canEdit} />}
      />
      <ApiClientList canEdit={canEdit} />
    </>
  );
};

export default ApiClientsPage;
