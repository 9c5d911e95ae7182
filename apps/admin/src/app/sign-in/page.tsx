import { safeReturnPath } from "@vax/auth/safe-return-path";
import { SignInForm } from "@vax/auth/sign-in-form";

/** Sign-in to the orchestration portal. */
const SignInPage = async ({ searchParams }: { searchParams: Promise<{ callbackUrl?: string | string[] }> }) => {
  const { callbackUrl } = await searchParams;
  return (
    <main className="mx-auto mt-24 max-w-sm rounded-lg border border-slate-200 bg-white p-8 shadow-sm">
      <h1 className="mb-1 text-xl font-semibold">Orchestration portal</h1>
      <p className="mb-6 text-sm text-slate-600">Sign in to set up and run vaccination programmes.</p>
      <SignInForm callbackUrl={safeReturnPath(callbackUrl)} />
    </main>
  );
};

export default SignInPage;
