import { getActor } from "@vax/auth/session";
import { SignOutButton } from "@vax/auth/sign-out-button";
import { redirect } from "next/navigation";
import { PasswordChangeForm } from "@/components/account/password-change-form";
import { authOptions } from "@/lib/auth";

/**
 * Where a person replaces their password. Outside the portal's layout on purpose: after a sign-in
 * with a one-time password, the portal sends everyone here, and this page must not send them back.
 */
const PasswordPage = async () => {
  const actor = await getActor(authOptions);
  if (!actor) redirect("/sign-in?callbackUrl=%2Faccount%2Fpassword");
  return (
    <main className="mx-auto mt-16 flex max-w-md flex-col gap-4 rounded-lg border border-slate-200 bg-white p-8 shadow-sm">
      <h1 className="text-xl font-semibold">Choose your password</h1>
      <p className="text-sm text-slate-600">
        {actor.mustChangePassword
          ? "You signed in with a one-time password. Choose your own before you go on; the one-time password then stops working."
          : "Replace your password. You need the current one."}
      </p>
      <PasswordChangeForm />
      <div className="self-start">
        <SignOutButton />
      </div>
    </main>
  );
};

export default PasswordPage;
