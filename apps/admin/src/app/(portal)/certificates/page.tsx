import { searchCertificates, searchSchemaCredentials } from "@vax/core";
import { ZCertificateSearch } from "@vax/core/schemas";
import { PageHeader } from "@vax/ui";
import { getTranslations } from "next-intl/server";
import { CertificateResults } from "@/components/certificate/certificate-results";
import { CertificateSearchForm } from "@/components/certificate/certificate-search-form";
import { SchemaCredentialResults } from "@/components/certificate/schema-credential-results";
import { Forbidden } from "@/components/forbidden";
import { QueryRefusal } from "@/components/query-refusal";
import { guardPage } from "@/lib/guard";

type SearchParams = Record<string, string | string[] | undefined>;

const one = (value: string | string[] | undefined) => (Array.isArray(value) ? value[0] : value);

/** Finds certificates by certificate id, mobile number, name or identity number, and credentials issued under a schema (test reports) by id or number. */
const CertificatesPage = async ({ searchParams }: { searchParams: Promise<SearchParams> }) => {
  const { actor, allowed } = await guardPage("certificate:read", "/certificates");
  if (!allowed) return <Forbidden />;
  const t = await getTranslations("CertificatesPage");
  const params = await searchParams;
  const query = ZCertificateSearch.safeParse({ q: one(params.q), page: one(params.page) });
  return (
    <>
      <PageHeader title={t("title")} description={t("description")} />
      <CertificateSearchForm q={query.success ? query.data.q : (one(params.q) ?? "")} />
      {query.success ? (
        <>
          <CertificateResults q={query.data.q} result={await searchCertificates({ actor, query: query.data })} />
          {query.data.page === 1 ? (
            <SchemaCredentialResults items={await searchSchemaCredentials({ actor, q: query.data.q })} />
          ) : null}
        </>
      ) : (
        <QueryRefusal error={query.error} fallback={t("unreadable")} />
      )}
    </>
  );
};

export default CertificatesPage;
