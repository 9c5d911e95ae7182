import { PageHeader } from "@vax/ui";
import { Forbidden } from "@/components/forbidden";
import { TrustedIssuerForm } from "@/components/trust/trusted-issuer-form";
import { guardPage } from "@/lib/guard";

/** Trusts an issuer entered by hand. */
const NewTrustedIssuerPage = async () => {
  const { allowed } = await guardPage("trust:write", "/trust/new");
  if (!allowed) return <Forbidden />;
  return (
    <>
      <PageHeader title="New trusted issuer" description="Its certificates verify once its keys are here." />
      <TrustedIssuerForm />
    </>
  );
};

export default NewTrustedIssuerPage;
