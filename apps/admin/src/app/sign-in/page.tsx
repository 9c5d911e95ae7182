import { safeReturnPath } from "@vax/auth/safe-return-path";
import { SignInForm } from "@vax/auth/sign-in-form";
import { getTranslations } from "next-intl/server";

/** Sign-in to the orchestration portal. */
const SignInPage = async ({ searchParams }: { searchParams: Promise<{ callbackUrl?: string | string[] }> }) => {
  const { callbackUrl } = await searchParams;
  const t = await getTranslations("SignInPage");
  return (
    <main className="mx-auto mt-24 max-w-sm rounded-lg border border-slate-200 bg-white p-8 shadow-sm">
      <h1 className="mb-1 text-xl font-semibold">{t("title")}</h1>
      <p className="mb-6 text-sm text-slate-600">{t("description")}</p>
      <SignInForm
        callbackUrl={safeReturnPath(callbackUrl)}
        words={{
          email: t("email"),
          password: t("password"),
          signIn: t("signIn"),
          signingIn: t("signingIn"),
          wrongCredentials: t("wrongCredentials"),
        }}
      />
    </main>
  );
};

export default SignInPage;
