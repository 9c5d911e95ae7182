import { can } from "@vax/auth/permissions";
import { listCorrectionRequests } from "@vax/core";
import { ZCorrectionRequestQuery } from "@vax/core/schemas";
import { PageHeader } from "@vax/ui";
import { getTranslations } from "next-intl/server";
import { CorrectionRequestCard } from "@/components/correction-request/correction-request-card";
import { RequestStateFilter } from "@/components/correction-request/request-state-filter";
import { Forbidden } from "@/components/forbidden";
import { PageLinks } from "@/components/page-links";
import { QueryRefusal } from "@/components/query-refusal";
import { guardPage } from "@/lib/guard";

type SearchParams = Record<string, string | string[] | undefined>;

const one = (value: string | string[] | undefined) => (Array.isArray(value) ? value[0] : value);

/** The queue of citizens' correction requests: open ones to approve or reject, and the decided ones. */
const CorrectionRequestsPage = async ({ searchParams }: { searchParams: Promise<SearchParams> }) => {
  const { actor, allowed } = await guardPage("correction-request:read", "/correction-requests");
  if (!allowed) return <Forbidden />;
  const t = await getTranslations("CorrectionRequestsPage");
  const params = await searchParams;
  const query = ZCorrectionRequestQuery.safeParse({ state: one(params.state), page: one(params.page) });
  if (!query.success) return <QueryRefusal error={query.error} fallback={t("unreadable")} />;
  const result = await listCorrectionRequests({ actor, query: query.data });
  const mayDecide = can(actor.role, "correction-request:decide");
  return (
    <>
      <PageHeader title={t("title")} description={t("description")} />
      <RequestStateFilter current={query.data.state} />
      <div className="flex flex-col gap-4">
        {result.items.map((request) => (
          <CorrectionRequestCard key={request.id} request={request} mayDecide={mayDecide} />
        ))}
        {result.items.length === 0 ? (
          <p className="rounded-lg border border-dashed border-slate-300 bg-white p-6 text-center text-sm text-slate-600">
            {t("none")}
          </p>
        ) : null}
        <PageLinks
          page={result.page}
          pageSize={result.pageSize}
          total={result.total}
          hrefOf={(page) =>
            `/correction-requests?${new URLSearchParams({ state: query.data.state, page: String(page) })}`
          }
        />
      </div>
    </>
  );
};

export default CorrectionRequestsPage;
