import { PageHeader } from "@vax/ui";
import { ApiClientForm } from "@/components/api-client/api-client-form";
import { Forbidden } from "@/components/forbidden";
import { guardPage } from "@/lib/guard";

/** Creates an API client and shows its token once. */
const NewApiClientPage = async () => {
  const { allowed } = await guardPage("api-client:write", "/api-clients/new");
  if (!allowed) return <Forbidden />;
  return (
    <>
      <PageHeader title="New API client" description="Its token is shown once, right after you save." />
      <ApiClientForm />
    </>
  );
};

export default NewApiClientPage;
