import { PageHeader } from "@vax/ui";
import { getTranslations } from "next-intl/server";
import { Forbidden } from "@/components/forbidden";
import { TrustImportForm } from "@/components/trust/trust-import-form";
import { guardPage } from "@/lib/guard";

/** Imports a DSC list, a trust list or a JWKS, and shows what it added, changed and refused. */
const TrustImportPage = async () => {
  const { allowed } = await guardPage("trust:write", "/trust/import");
  if (!allowed) return <Forbidden />;
  const t = await getTranslations("TrustPages");
  return (
    <>
      <PageHeader title={t("importTitle")} description={t("importDescription")} />
      <TrustImportForm />
    </>
  );
};

export default TrustImportPage;
