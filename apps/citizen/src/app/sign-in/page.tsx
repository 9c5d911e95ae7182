import { safeReturnPath } from "@vax/auth/safe-return-path";
import type { Metadata } from "next";
import { redirect } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { SignInFlow } from "@/components/sign-in-flow";
import { SiteHeader } from "@/components/site-header";
import { getCitizen } from "@/lib/citizen-session";

/** The page's title in the reader's language. */
export const generateMetadata = async (): Promise<Metadata> => ({
  title: (await getTranslations("SignIn"))("pageTitle"),
});

/** Sign-in with a mobile number and a one-time code. */
const SignInPage = async ({ searchParams }: { searchParams: Promise<{ callbackUrl?: string | string[] }> }) => {
  const { callbackUrl } = await searchParams;
  if (await getCitizen()) redirect("/");
  const t = await getTranslations("SignIn");
  return (
    <>
      <SiteHeader />
      <main className="mx-auto max-w-md px-4 py-12 sm:py-16">
        <div className="rounded-xl border border-slate-200 bg-white p-6 shadow-sm sm:p-8">
          <h1 className="text-xl font-semibold text-slate-900">{t("heading")}</h1>
          <p className="mt-1 mb-6 text-sm text-slate-600">{t("intro")}</p>
          <SignInFlow callbackUrl={safeReturnPath(callbackUrl)} />
        </div>
        <p className="mt-6 text-center text-xs text-slate-500">{t("warning")}</p>
      </main>
    </>
  );
};

export default SignInPage;
