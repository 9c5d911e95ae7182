import { can } from "@vax/auth/permissions";
import { PageHeader } from "@vax/ui";
import Link from "next/link";
import { ApiClientList } from "@/components/api-client/api-client-list";
import { Forbidden } from "@/components/forbidden";
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
        actions={
          canEdit ? (
            <Link href="/api-clients/new" className="rounded-md bg-teal-700 px-4 py-2 text-sm font-medium text-white">
              New API client
            </Link>
          ) : null
        }
      />
      <ApiClientList canEdit={canEdit} />
    </>
  );
};

export default ApiClientsPage;
