import { can } from "@vax/auth/permissions";
import { PageHeader } from "@vax/ui";
import Link from "next/link";
import { Forbidden } from "@/components/forbidden";
import { NewRecordLink } from "@/components/new-record-link";
import { TrustedIssuerList } from "@/components/trust/trusted-issuer-list";
import { guardPage } from "@/lib/guard";

const linkClass = "rounded-md border border-slate-300 bg-white px-4 py-2 text-sm font-medium text-slate-800";

/** The issuers the verifier trusts besides the platform's own tenants, with import and export. */
const TrustPage = async () => {
  const { actor, allowed } = await guardPage("trust:read", "/trust");
  if (!allowed) return <Forbidden />;
  const canWrite = can(actor.role, "trust:write");
  return (
    <>
      <PageHeader
        title="Trust"
        description={
          actor.tenantId
            ? "The issuers outside the platform whose certificates the verifier accepts, added by your tenant."
            : "The issuers outside the platform whose certificates the verifier accepts: platform-wide and every tenant's."
        }
        actions={
          <div className="flex flex-wrap gap-2">
            <a href="/api/v1/trusted-issuers/export/trust-list" download className={linkClass}>
              Export trust list
            </a>
            <a href="/api/v1/trusted-issuers/export/dsc-list" download className={linkClass}>
              Export our DSC list
            </a>
            {canWrite ? (
              <Link href="/trust/import" className={linkClass}>
                Import
              </Link>
            ) : null}
            <NewRecordLink href="/trust/new" label="New trusted issuer" allowed={canWrite} />
          </div>
        }
      />
      <TrustedIssuerList />
    </>
  );
};

export default TrustPage;
