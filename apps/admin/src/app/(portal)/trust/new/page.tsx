import { PageHeader } from "@vax/ui";
import { getTranslations } from "next-intl/server";
import { Forbidden } from "@/components/forbidden";
import { TrustedIssuerForm } from "@/components/trust/trusted-issuer-form";
import { guardPage } from "@/lib/guard";

/** Trusts an issuer entered by hand. */
const NewTrustedIssuerPage = async () => {
  const { allowed } = await guardPage("trust:write", "/trust/new");
  if (!allowed) return <Forbidden />;
  const t = await getTranslations("TrustPages");
  return (
    <>
      <PageHeader title={t("newIssuer")} description={t("newDescription")} />
      <TrustedIssuerForm />
    </>
  );
};

export default NewTrustedIssuerPage;
