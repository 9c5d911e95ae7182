import { feedbackByFacility, listFeedback } from "@vax/core";
import { ZFeedbackQuery } from "@vax/core/schemas";
import { PageHeader } from "@vax/ui";
import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { FacilityFeedbackTable } from "@/components/feedback/facility-feedback-table";
import { FeedbackList } from "@/components/feedback/feedback-list";
import { Forbidden } from "@/components/forbidden";
import { PageLinks } from "@/components/page-links";
import { QueryRefusal } from "@/components/query-refusal";
import { guardPage } from "@/lib/guard";

type SearchParams = Record<string, string | string[] | undefined>;

const one = (value: string | string[] | undefined) => (Array.isArray(value) ? value[0] : value);

/** Citizens' feedback on their vaccinations: counted and averaged per facility, and each piece listed. */
const FeedbackPage = async ({ searchParams }: { searchParams: Promise<SearchParams> }) => {
  const { actor, allowed } = await guardPage("feedback:read", "/feedback");
  if (!allowed) return <Forbidden />;
  const t = await getTranslations("FeedbackPage");
  const params = await searchParams;
  const query = ZFeedbackQuery.safeParse({ facilityId: one(params.facilityId), page: one(params.page) });
  if (!query.success) return <QueryRefusal error={query.error} fallback={t("unreadable")} />;
  const [facilities, page] = await Promise.all([
    feedbackByFacility({ actor }),
    listFeedback({ actor, query: query.data }),
  ]);
  const chosen = facilities.find(({ facilityId }) => facilityId === query.data.facilityId);
  const hrefOf = (number: number) =>
    `/feedback?${new URLSearchParams({ ...(query.data.facilityId ? { facilityId: query.data.facilityId } : {}), page: String(number) })}`;
  return (
    <>
      <PageHeader title={t("title")} description={t("description")} />
      <div className="flex flex-col gap-6">
        <FacilityFeedbackTable facilities={facilities} />
        <section aria-labelledby="feedback-heading" className="flex flex-col gap-3">
          <div className="flex flex-wrap items-baseline justify-between gap-2">
            <h2 id="feedback-heading" className="text-lg font-semibold text-slate-900">
              {chosen ? t("onFacility", { facility: chosen.facilityName }) : t("all")}
            </h2>
            {query.data.facilityId ? (
              <Link href="/feedback" className="text-sm text-teal-800 underline">
                {t("showAll")}
              </Link>
            ) : null}
          </div>
          <FeedbackList items={page.items} />
          <PageLinks page={page.page} pageSize={page.pageSize} total={page.total} hrefOf={hrefOf} />
        </section>
      </div>
    </>
  );
};

export default FeedbackPage;
