import Link from "next/link";
import { useTranslations } from "next-intl";

/** Props of {@link PageLinks}: where the list stands, and the link to any of its pages. */
export type PageLinksProps = { page: number; pageSize: number; total: number; hrefOf: (page: number) => string };

/** "Showing a–b of n", with links to the pages before and after. */
export const PageLinks = ({ page, pageSize, total, hrefOf }: PageLinksProps) => {
  const t = useTranslations("ListPages");
  const lastPage = Math.max(1, Math.ceil(total / pageSize));
  const first = total > 0 ? (page - 1) * pageSize + 1 : 0;
  const last = Math.min(total, page * pageSize);
  return (
    <nav aria-label={t("pages")} className="flex items-center justify-between text-sm text-slate-600">
      <span>{t("showing", { first, last, total })}</span>
      <div className="flex gap-2">
        {page > 1 ? (
          <Link href={hrefOf(page - 1)} className="rounded border border-slate-300 px-3 py-1">
            {t("previous")}
          </Link>
        ) : null}
        {page < lastPage ? (
          <Link href={hrefOf(page + 1)} className="rounded border border-slate-300 px-3 py-1">
            {t("next")}
          </Link>
        ) : null}
      </div>
    </nav>
  );
};
