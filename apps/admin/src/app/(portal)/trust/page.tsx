import { can } from "@vax/auth/permissions";
import { PageHeader } from "@vax/ui";
import Link from "next/link";
import { getTranslations } from "next-intl/server";
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
  const t = await getTranslations("TrustPages");
  return (
    <>
      <PageHeader
        title={t("listTitle")}
        description={actor.tenantId ? t("listDescriptionTenant") : t("listDescriptionPlatform")}
        actions={
          <div className="flex flex-wrap gap-2">
            <a href="/api/v1/trusted-issuers/export/trust-list" download className={linkClass}>
              {t("exportTrustList")}
            </a>
            <a href="/api/v1/trusted-issuers/export/dsc-list" download className={linkClass}>
              {t("exportDscList")}
            </a>
            {canWrite ? (
              <Link href="/trust/import" className={linkClass}>
                {t("import")}
              </Link>
            ) : null}
            <NewRecordLink href="/trust/new" label={t("newIssuer")} allowed={canWrite} />
          </div>
        }
      />
      <TrustedIssuerList />
    </>
  );
};

export default TrustPage;
