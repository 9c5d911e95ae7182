import type { TFacilityFeedback } from "@vax/core";
import { TableScroll } from "@vax/ui";
import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { ColumnHeadings } from "@/components/column-headings";

/** Feedback counted per facility, with the average rating; each facility opens its own feedback. */
export const FacilityFeedbackTable = async ({ facilities }: { facilities: TFacilityFeedback[] }) => {
  const t = await getTranslations("FeedbackByFacility");
  return (
    <TableScroll label={t("label")}>
      <table className="min-w-full divide-y divide-slate-200 text-sm">
        <caption className="px-4 py-2 text-left text-slate-600">{t("caption")}</caption>
        <ColumnHeadings labels={[t("facility"), t("feedback"), t("averageRating")]} className="bg-slate-50" />
        <tbody className="divide-y divide-slate-100">
          {facilities.map((facility) => (
            <tr key={facility.facilityId}>
              <th scope="row" className="px-4 py-2 text-left font-normal">
                <Link href={`/feedback?facilityId=${facility.facilityId}`} className="text-teal-800 underline">
                  {facility.facilityName}
                </Link>
              </th>
              <td className="px-4 py-2">{facility.count}</td>
              <td className="px-4 py-2">
                {facility.averageRating === null ? "—" : t("rating", { rating: facility.averageRating })}
              </td>
            </tr>
          ))}
          {facilities.length === 0 ? (
            <tr>
              <td colSpan={3} className="px-4 py-6 text-center text-slate-500">
                {t("none")}
              </td>
            </tr>
          ) : null}
        </tbody>
      </table>
    </TableScroll>
  );
};
