import { getApiClient } from "@vax/core";
import { PageHeader, StatusBadge } from "@vax/ui";
import { ActiveToggle } from "@/components/active-toggle";
import { ApiClientForm } from "@/components/api-client/api-client-form";
import { Forbidden } from "@/components/forbidden";
import { formatDateTime } from "@/lib/format-date-time";
import { guardPage } from "@/lib/guard";
import { loadOr404 } from "@/lib/load-or-404";

/** Edits an API client's name and scopes, or deactivates it, which revokes its token. */
const EditApiClientPage = async ({ params }: { params: Promise<{ id: string }> }) => {
  const { id } = await params;
  const { actor, allowed } = await guardPage("api-client:write", `/api-clients/${id}`);
  if (!allowed) return <Forbidden />;
  const client = await loadOr404(() => getApiClient({ actor, id }));
  return (
    <>
      <PageHeader
        title={client.name}
        description={`Token vax_${client.tokenPrefix}_… · last used ${formatDateTime(client.lastUsedAt, "never")}`}
        actions={<StatusBadge active={client.active} />}
      />
      <div className="flex flex-col gap-6">
        <ApiClientForm client={client} />
        <div className="max-w-2xl">
          <ActiveToggle resource="api-clients" id={client.id} active={client.active} noun="API client" />
        </div>
      </div>
    </>
  );
};

export default EditApiClientPage;
