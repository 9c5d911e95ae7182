/** Props of {@link ColumnHeadings}. */
export type ColumnHeadingsProps = {
  labels: readonly string[];
  /** The head's own classes: its background, or that it sticks to the top of a scrolling table. */
  className?: string;
  /** Less padding, for the tables inside a certificate's sections. */
  compact?: boolean;
};

/** A table's head: one row of column headings. */
export const ColumnHeadings = ({ labels, className, compact = false }: ColumnHeadingsProps) => (
  <thead className={className}>
    <tr>
      {labels.map((label) => (
        <th
          key={label}
          scope="col"
          className={`${compact ? "px-3" : "px-4"} py-2 text-left font-medium text-slate-700`}
        >
          {label}
        </th>
      ))}
    </tr>
  </thead>
);
