import type { Metadata, Viewport } from "next";
import { useTranslations } from "next-intl";
import { getTranslations } from "next-intl/server";
import { SiteHeader } from "@/components/site-header";
import { VerifyApp } from "@/components/verify-app";

/** The page's title and description in the checker's language. */
export const generateMetadata = async (): Promise<Metadata> => {
  const t = await getTranslations("Home");
  const app = t("appName");
  return {
    title: t("title"),
    description: t("description"),
    applicationName: app,
    appleWebApp: { capable: true, title: app, statusBarStyle: "default" },
  };
};

export const viewport: Viewport = { themeColor: "#0f766e", width: "device-width", initialScale: 1 };

/** The verifier's home page: anyone checks a certificate here, with the camera, a picture or PDF, or its text. */
const HomePage = () => {
  const t = useTranslations("Home");
  return (
    <>
      <SiteHeader />
      <main className="mx-auto max-w-2xl space-y-4 px-4 py-6">
        <div>
          <h1 className="text-2xl font-semibold text-slate-900">{t("title")}</h1>
          <p className="mt-1 text-sm text-slate-600">{t("intro")}</p>
        </div>
        <VerifyApp />
      </main>
    </>
  );
};

export default HomePage;
