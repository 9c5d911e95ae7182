import { bulkColumns, type TBulkKind } from "@vax/core/schemas";
import { TableScroll } from "@vax/ui";
import { useTranslations } from "next-intl";
import { ColumnHeadings } from "@/components/column-headings";

/** The columns of a kind's CSV, each with whether it must be filled and what it holds. */
export const BulkTemplateColumns = ({ kind }: { kind: TBulkKind }) => {
  const t = useTranslations("BulkUploadColumns");
  return (
    <details className="rounded-lg border border-slate-200 bg-white">
      <summary className="cursor-pointer px-4 py-2 text-sm font-medium text-slate-700">{t("title")}</summary>
      <TableScroll label={t("title")} className="">
        <table className="min-w-full divide-y divide-slate-200 text-sm">
          <ColumnHeadings labels={[t("column"), t("required"), t("holds")]} className="bg-slate-50" />
          <tbody className="divide-y divide-slate-100">
            {bulkColumns[kind].map((column) => (
              <tr key={column.name}>
                <td className="px-4 py-2 font-mono">{column.name}</td>
                <td className="px-4 py-2">{column.required ? t("yes") : t("no")}</td>
                <td className="px-4 py-2 text-slate-600">{column.description}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </TableScroll>
    </details>
  );
};
