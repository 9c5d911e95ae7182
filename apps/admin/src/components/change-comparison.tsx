import { TableScroll } from "@vax/ui";
import type { ReactNode } from "react";
import { ColumnHeadings } from "@/components/column-headings";

/** One row of a {@link ChangeComparison}: the detail, its value as it stands, and the value it would take. */
export type TComparedValue = { key: string; label: string; before: ReactNode; after: ReactNode };

/** A detail-by-detail table of values as they stand beside what a change would make them, for a person to check. */
export const ChangeComparison = ({
  headings,
  caption,
  rows,
}: {
  /** The column headings: the detail, its value as it stands, its value after the change. */
  headings: readonly [string, string, string];
  caption?: string;
  rows: TComparedValue[];
}) => (
  <TableScroll label={caption ?? headings.join(", ")} className="">
    <table className="min-w-full divide-y divide-slate-200 text-sm">
      {caption ? <caption className="py-2 text-left font-semibold text-slate-700">{caption}</caption> : null}
      <ColumnHeadings labels={headings} compact />
      <tbody className="divide-y divide-slate-100">
        {rows.map((row) => (
          <tr key={row.key}>
            <th scope="row" className="px-3 py-2 text-left font-medium text-slate-700">
              {row.label}
            </th>
            <td className="break-all px-3 py-2 text-slate-600">{row.before}</td>
            <td className="break-all px-3 py-2 font-medium text-slate-900">{row.after}</td>
          </tr>
        ))}
      </tbody>
    </table>
  </TableScroll>
);
