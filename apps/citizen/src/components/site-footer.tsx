import { useTranslations } from "next-intl";

/** The foot of every page: where anyone can check a certificate. */
export const SiteFooter = ({ verifyUrl }: { verifyUrl: string }) => {
  const t = useTranslations("Footer");
  return (
    <footer className="mx-auto max-w-4xl px-4 py-8 text-xs text-slate-500 sm:px-6">
      {t.rich("text", {
        link: () => (
          <a href={verifyUrl} className="font-medium text-teal-800 underline">
            {verifyUrl.replace(/^https?:\/\//, "")}
          </a>
        ),
      })}
    </footer>
  );
};
