import { getApiClient } from "@vax/core";
import { PageHeader } from "@vax/ui";
import { getTranslations } from "next-intl/server";
import { ActiveBadge } from "@/components/active-badge";
import { ActiveToggle } from "@/components/active-toggle";
import { ApiClientForm } from "@/components/api-client/api-client-form";
import { ApiClientWebhook } from "@/components/api-client/api-client-webhook";
import { RotateToken } from "@/components/api-client/rotate-token";
import { TokenFacts } from "@/components/api-client/token-facts";
import { Forbidden } from "@/components/forbidden";
import { guardPage } from "@/lib/guard";
import { loadOr404 } from "@/lib/load-or-404";

/**
 * An API client: its token's expiry and rotation, its name and scopes to edit, rotating its token, its webhook and
 * deliveries, deactivating it.
 */
const EditApiClientPage = async ({ params }: { params: Promise<{ id: string }> }) => {
  const { id } = await params;
  const { actor, allowed } = await guardPage("api-client:write", `/api-clients/${id}`);
  if (!allowed) return <Forbidden />;
  const client = await loadOr404(() => getApiClient({ actor, id }));
  const t = await getTranslations("ApiClientPages");
  return (
    <>
      <PageHeader
        title={client.name}
        description={t("editDescription")}
        actions={<ActiveBadge active={client.active} />}
      />
      <div className="flex flex-col gap-6">
        <TokenFacts client={client} now={new Date()} />
        <RotateToken id={client.id} name={client.name} />
        <ApiClientForm client={client} />
        <ApiClientWebhook id={client.id} />
        <div className="max-w-2xl">
          <ActiveToggle resource="api-clients" id={client.id} active={client.active} noun={t("toggleNoun")} />
        </div>
      </div>
    </>
  );
};

export default EditApiClientPage;
