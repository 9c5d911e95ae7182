import { getTranslations } from "next-intl/server";
import type { ReactNode } from "react";
import { ColumnHeadings } from "@/components/column-headings";

/** Props of {@link AnalyticsTable}. */
export type AnalyticsTableProps = {
  caption: string;
  columns: string[];
  rows: Array<{ key: string; cells: ReactNode[] }>;
  /** The CSV download of the same table with the same filters. */
  csvHref: string;
};

/** One dashboard table, with its CSV download beside the caption. */
export const AnalyticsTable = async ({ caption, columns, rows, csvHref }: AnalyticsTableProps) => {
  const t = await getTranslations("AnalyticsTable");
  return (
    <section aria-label={caption} className="flex flex-col gap-2">
      <div className="flex items-baseline justify-between gap-2">
        <h3 className="font-semibold text-slate-900">{caption}</h3>
        <a href={csvHref} download className="text-sm text-teal-800 underline">
          {t("download")}
          <span className="sr-only"> {t("downloadOf", { caption: caption.toLowerCase() })}</span>
        </a>
      </div>
      <section
        aria-label={t("tableLabel", { caption })}
        // biome-ignore lint/a11y/noNoninteractiveTabindex: a scrollable region must be reachable by keyboard to be scrolled (WCAG 2.1.1)
        tabIndex={0}
        className="max-h-96 overflow-auto rounded-lg border border-slate-200 bg-white focus:outline-none focus-visible:ring-2 focus-visible:ring-teal-600"
      >
        <table className="min-w-full divide-y divide-slate-200 text-sm">
          <ColumnHeadings labels={columns} className="sticky top-0 bg-slate-50" />
          <tbody className="divide-y divide-slate-100">
            {rows.map(({ key, cells }) => (
              <tr key={key}>
                {cells.map((cell, index) => (
                  // biome-ignore lint/suspicious/noArrayIndexKey: a row's cells are fixed columns, never reordered
                  <td key={index} className="px-4 py-2">
                    {cell}
                  </td>
                ))}
              </tr>
            ))}
            {rows.length === 0 ? (
              <tr>
                <td colSpan={columns.length} className="px-4 py-6 text-center text-slate-500">
                  {t("nothingCounted")}
                </td>
              </tr>
            ) : null}
          </tbody>
        </table>
      </section>
    </section>
  );
};
