import { Button } from "@vax/ui";
import Form from "next/form";
import { getTranslations } from "next-intl/server";

/** The one search box of the certificates page; it searches from page 1 and keeps the text in the URL. */
export const CertificateSearchForm = async ({ q }: { q: string }) => {
  const t = await getTranslations("CertificateSearch");
  return (
    <Form action="/certificates" className="mb-6 flex flex-wrap items-end gap-3" role="search">
      <label className="flex w-full flex-col gap-1 text-sm sm:w-auto">
        <span className="font-medium text-slate-700">{t("label")}</span>
        <input
          type="search"
          name="q"
          defaultValue={q}
          maxLength={100}
          autoComplete="off"
          className="w-full rounded-md border border-slate-300 px-3 py-2 sm:w-96"
        />
      </label>
      <Button type="submit">{t("search")}</Button>
    </Form>
  );
};
