import { getTrustedIssuer } from "@vax/core";
import { PageHeader, StatusBadge } from "@vax/ui";
import { ActiveToggle } from "@/components/active-toggle";
import { Forbidden } from "@/components/forbidden";
import { trustSourceLabels } from "@/components/trust/trust-source-labels";
import { TrustedIssuerForm } from "@/components/trust/trusted-issuer-form";
import { formatDateTime } from "@/lib/format-date-time";
import { guardPage } from "@/lib/guard";
import { loadOr404 } from "@/lib/load-or-404";

/** Edits a trusted issuer, or disables it. */
const EditTrustedIssuerPage = async ({ params }: { params: Promise<{ id: string }> }) => {
  const { id } = await params;
  const { actor, allowed } = await guardPage("trust:write", `/trust/${id}`);
  if (!allowed) return <Forbidden />;
  const issuer = await loadOr404(() => getTrustedIssuer({ actor, id }));
  const origin = `${trustSourceLabels[issuer.source]}${issuer.sourceUrl ? ` (${issuer.sourceUrl})` : ""}`;
  return (
    <>
      <PageHeader
        title={issuer.name}
        description={`${origin}; last changed by ${issuer.changedBy ?? "—"} on ${formatDateTime(issuer.updatedAt)}.`}
        actions={<StatusBadge active={issuer.active} />}
      />
      <div className="flex flex-col gap-6">
        <TrustedIssuerForm issuer={issuer} />
        <div className="max-w-3xl">
          <ActiveToggle resource="trusted-issuers" id={issuer.id} active={issuer.active} noun="trusted issuer" />
        </div>
      </div>
    </>
  );
};

export default EditTrustedIssuerPage;
