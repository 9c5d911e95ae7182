import { getActor } from "@vax/auth/session";
import { SignOutButton } from "@vax/auth/sign-out-button";
import { redirect } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { PasswordChangeForm } from "@/components/account/password-change-form";
import { authOptions } from "@/lib/auth";

/**
 * Where a person replaces their password. Outside the portal's layout on purpose: after a sign-in
 * with a one-time password, the portal sends everyone here, and this page must not send them back.
 */
const PasswordPage = async () => {
  const actor = await getActor(authOptions);
  if (!actor) redirect("/sign-in?callbackUrl=%2Faccount%2Fpassword");
  const t = await getTranslations("AccountPassword");
  const tHeader = await getTranslations("Header");
  return (
    <main className="mx-auto mt-16 flex max-w-md flex-col gap-4 rounded-lg border border-slate-200 bg-white p-8 shadow-sm">
      <h1 className="text-xl font-semibold">{t("title")}</h1>
      <p className="text-sm text-slate-600">{actor.mustChangePassword ? t("afterOneTimePassword") : t("replace")}</p>
      <PasswordChangeForm />
      <div className="self-start">
        <SignOutButton label={tHeader("signOut")} />
      </div>
    </main>
  );
};

export default PasswordPage;
