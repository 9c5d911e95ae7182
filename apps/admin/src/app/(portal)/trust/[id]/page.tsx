import { getTrustedIssuer } from "@vax/core";
import { PageHeader } from "@vax/ui";
import { getTranslations } from "next-intl/server";
import { ActiveBadge } from "@/components/active-badge";
import { ActiveToggle } from "@/components/active-toggle";
import { Forbidden } from "@/components/forbidden";
import { TrustedIssuerForm } from "@/components/trust/trusted-issuer-form";
import { getDateFormatters } from "@/lib/format-date-time-server";
import { guardPage } from "@/lib/guard";
import { loadOr404 } from "@/lib/load-or-404";

/** Edits a trusted issuer, or disables it. */
const EditTrustedIssuerPage = async ({ params }: { params: Promise<{ id: string }> }) => {
  const { id } = await params;
  const { actor, allowed } = await guardPage("trust:write", `/trust/${id}`);
  if (!allowed) return <Forbidden />;
  const issuer = await loadOr404(() => getTrustedIssuer({ actor, id }));
  const t = await getTranslations("TrustPages");
  const { dateTime } = await getDateFormatters();
  // The same words as the list's source column (useTrustSourceLabels), which a server page cannot call.
  const tSource = await getTranslations("TrustSource");
  const sourceLabels = {
    MANUAL: tSource("manual"),
    TRUST_LIST: tSource("trustList"),
    DSC_LIST: tSource("dscList"),
    JWKS: tSource("jwks"),
  };
  const change = {
    source: sourceLabels[issuer.source],
    who: issuer.changedBy ?? "—",
    date: dateTime(issuer.updatedAt),
  };
  return (
    <>
      <PageHeader
        title={issuer.name}
        description={
          issuer.sourceUrl
            ? t("editDescriptionWithUrl", { ...change, url: issuer.sourceUrl })
            : t("editDescription", change)
        }
        actions={<ActiveBadge active={issuer.active} />}
      />
      <div className="flex flex-col gap-6">
        <TrustedIssuerForm issuer={issuer} />
        <div className="max-w-3xl">
          <ActiveToggle resource="trusted-issuers" id={issuer.id} active={issuer.active} noun={t("toggleNoun")} />
        </div>
      </div>
    </>
  );
};

export default EditTrustedIssuerPage;
