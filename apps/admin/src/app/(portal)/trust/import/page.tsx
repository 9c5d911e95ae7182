import { PageHeader } from "@vax/ui";
import { Forbidden } from "@/components/forbidden";
import { TrustImportForm } from "@/components/trust/trust-import-form";
import { guardPage } from "@/lib/guard";

/** Imports a DSC list, a trust list or a JWKS, and shows what it added, changed and refused. */
const TrustImportPage = async () => {
  const { allowed } = await guardPage("trust:write", "/trust/import");
  if (!allowed) return <Forbidden />;
  return (
    <>
      <PageHeader
        title="Import trusted issuers"
        description="Each document signer's validity, key usage and, when CSCAs are given, its chain are checked; what fails is refused and says why."
      />
      <TrustImportForm />
    </>
  );
};

export default TrustImportPage;
