import { can } from "@vax/auth/permissions";
import { getOverview } from "@vax/core";
import { PageHeader } from "@vax/ui";
import Link from "next/link";
import { guardPage } from "@/lib/guard";

/** The portal's home: what the tenant has set up so far. */
const OverviewPage = async () => {
  const { actor } = await guardPage("admin-portal:access", "/");
  const overview = await getOverview({ actor });
  const tiles = [
    { label: "Programmes", value: overview.programmes, href: "/programmes" },
    { label: "Vaccines", value: overview.vaccines, href: "/vaccines" },
    { label: "Facilities", value: overview.facilities, href: "/facilities" },
    { label: "Vaccinators", value: overview.vaccinators, href: "/users" },
    { label: "Recipients", value: overview.recipients, href: "/" },
    { label: "Certificates", value: overview.certificates, href: "/certificates" },
  ];
  return (
    <>
      <PageHeader title="Overview" description={`Signed in as ${actor.label}`} />
      <div className="grid grid-cols-1 gap-4 sm:grid-cols-3">
        {tiles.map((tile) => (
          <Link
            key={tile.label}
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
            Doses, certificates and feedback over time: Analytics
          </Link>
        </p>
      ) : null}
    </>
  );
};

export default OverviewPage;
