import { can } from "@vax/auth/permissions";
import { getOverview } from "@vax/core";
import { PageHeader } from "@vax/ui";
import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { guardPage } from "@/lib/guard";

/** The portal's home: what the tenant has set up so far. */
const OverviewPage = async () => {
  const { actor } = await guardPage("admin-portal:access", "/");
  const overview = await getOverview({ actor });
  const t = await getTranslations("Overview");
  const tiles = [
    { label: t("programmes"), value: overview.programmes, href: "/programmes" },
    { label: t("vaccines"), value: overview.vaccines, href: "/vaccines" },
    { label: t("facilities"), value: overview.facilities, href: "/facilities" },
    { label: t("vaccinators"), value: overview.vaccinators, href: "/users" },
    { label: t("recipients"), value: overview.recipients, href: "/" },
    { label: t("certificates"), value: overview.certificates, href: "/certificates" },
  ];
  return (
    <>
      <PageHeader title={t("title")} description={t("signedInAs", { name: actor.label })} />
      <div className="grid grid-cols-1 gap-4 sm:grid-cols-3">
        {tiles.map((tile) => (
          <Link
            key={tile.href}
            href={tile.href}
            className="rounded-lg border border-slate-200 bg-white p-5 hover:border-teal-600"
          >
            <div className="text-sm text-slate-600">{tile.label}</div>
            <div className="mt-1 text-3xl font-semibold">{tile.value}</div>
          </Link>
        ))}
      </div>
      {can(actor.role, "analytics:read") ? (
        <p className="mt-6 text-sm">
          <Link href="/analytics" className="text-teal-800 underline">
            {t("analytics")}
          </Link>
        </p>
      ) : null}
    </>
  );
};

export default OverviewPage;
