import { can } from "@vax/auth/permissions";
import { getTenant } from "@vax/core";
import { PageHeader } from "@vax/ui";
import { getTranslations } from "next-intl/server";
import { ActiveBadge } from "@/components/active-badge";
import { ConfirmAction } from "@/components/confirm-action";
import { Forbidden } from "@/components/forbidden";
import { KeyManager } from "@/components/key/key-manager";
import { TenantEditForm } from "@/components/tenant/tenant-edit-form";
import { guardPage } from "@/lib/guard";
import { loadOr404 } from "@/lib/load-or-404";

/** One tenant: its details, whether it works, and its signing keys. */
const TenantPage = async ({ params }: { params: Promise<{ id: string }> }) => {
  const { id } = await params;
  const { actor, allowed } = await guardPage("tenant:read", `/tenants/${id}`);
  if (!allowed) return <Forbidden />;
  const tenant = await loadOr404(() => getTenant({ actor, id }));
  const canWrite = can(actor.role, "tenant:write");
  const t = await getTranslations("TenantDetail");
  return (
    <>
      <PageHeader
        title={tenant.name}
        description={t("slugNote", { slug: tenant.slug })}
        actions={<ActiveBadge active={tenant.active} />}
      />
      <div className="flex flex-col gap-8">
        {canWrite ? <TenantEditForm tenant={tenant} /> : null}
        {canWrite ? (
          tenant.active ? (
            <ConfirmAction
              label={t("deactivate")}
              consequence={t("deactivateConsequence")}
              url={`/api/v1/tenants/${tenant.id}/deactivate`}
              variant="danger"
              invalidates={["tenants"]}
            />
          ) : (
            <ConfirmAction
              label={t("reactivate")}
              consequence={t("reactivateConsequence")}
              url={`/api/v1/tenants/${tenant.id}/reactivate`}
              invalidates={["tenants"]}
            />
          )
        ) : null}
        <KeyManager tenantId={tenant.id} canWrite={can(actor.role, "key:write")} />
      </div>
    </>
  );
};

export default TenantPage;
