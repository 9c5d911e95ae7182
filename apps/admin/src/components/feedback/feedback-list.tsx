import type { TFeedbackView } from "@vax/core";
import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { getDateFormatters } from "@/lib/format-date-time-server";

/** Citizens' feedback, newest first: the rating, their words, and the vaccination it is about. */
export const FeedbackList = async ({ items }: { items: TFeedbackView[] }) => {
  const t = await getTranslations("FeedbackList");
  const { dateTime } = await getDateFormatters();
  return (
    <ol aria-label={t("label")} className="flex flex-col gap-3">
      {items.map((feedback) => (
        <li key={feedback.id} className="rounded-lg border border-slate-200 bg-white p-4">
          <div className="flex flex-wrap items-baseline justify-between gap-2">
            <p className="font-medium text-slate-900">
              {feedback.rating === null ? t("noRating") : t("rated", { rating: feedback.rating })}
            </p>
            <time dateTime={feedback.createdAt} className="text-xs text-slate-500">
              {dateTime(feedback.createdAt)}
            </time>
          </div>
          {feedback.message ? (
            <p className="mt-1 whitespace-pre-line text-sm text-slate-800">{feedback.message}</p>
          ) : null}
          <p className="mt-2 text-xs text-slate-500">
            {feedback.facility?.name ?? t("unknownFacility")}
            {feedback.certificateId ? (
              <>
                {" · "}
                {t.rich("vaccination", {
                  programme: feedback.programmeName ?? "",
                  dose: feedback.dose ?? "",
                  certificateId: feedback.certificateId,
                  link: (chunks) => (
                    <Link
                      href={`/certificates/${feedback.certificateId}`}
                      className="font-mono text-teal-800 underline"
                    >
                      {chunks}
                    </Link>
                  ),
                })}
              </>
            ) : null}
            {feedback.from ? ` · ${t("from", { from: feedback.from })}` : null}
          </p>
        </li>
      ))}
    </ol>
  );
};
