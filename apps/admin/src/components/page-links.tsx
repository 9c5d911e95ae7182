import Link from "next/link";

/** Props of {@link PageLinks}: where the list stands, and the link to any of its pages. */
export type PageLinksProps = { page: number; pageSize: number; total: number; hrefOf: (page: number) => string };

/** "Showing a–b of n", with links to the pages before and after. */
export const PageLinks = ({ page, pageSize, total, hrefOf }: PageLinksProps) => {
  const lastPage = Math.max(1, Math.ceil(total / pageSize));
  const first = total > 0 ? (page - 1) * pageSize + 1 : 0;
  const last = Math.min(total, page * pageSize);
  return (
    <nav aria-label="Pages" className="flex items-center justify-between text-sm text-slate-600">
      <span>{`Showing ${first}–${last} of ${total}`}</span>
      <div className="flex gap-2">
        {page > 1 ? (
          <Link href={hrefOf(page - 1)} className="rounded border border-slate-300 px-3 py-1">
            Previous
          </Link>
        ) : null}
        {page < lastPage ? (
          <Link href={hrefOf(page + 1)} className="rounded border border-slate-300 px-3 py-1">
            Next
          </Link>
        ) : null}
      </div>
    </nav>
  );
};
