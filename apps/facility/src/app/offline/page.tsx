import { getTranslations } from "next-intl/server";

/** Shown offline for a page this device has not stored yet. */
const OfflinePage = async () => {
  const t = await getTranslations("Offline");
  return (
    <main className="mx-auto mt-24 max-w-md rounded-lg border border-slate-200 bg-white p-8 text-center shadow-sm">
      <h1 className="mb-2 text-xl font-semibold">{t("title")}</h1>
      <p className="text-sm text-slate-600">{t("body")}</p>
    </main>
  );
};

export default OfflinePage;
