import { safeReturnPath } from "@vax/auth/safe-return-path";
import type { Metadata } from "next";
import { redirect } from "next/navigation";
import { SignInFlow } from "@/components/sign-in-flow";
import { SiteHeader } from "@/components/site-header";
import { getCitizen } from "@/lib/citizen-session";

export const metadata: Metadata = { title: "Sign in" };

/** Sign-in with a mobile number and a one-time code. */
const SignInPage = async ({ searchParams }: { searchParams: Promise<{ callbackUrl?: string | string[] }> }) => {
  const { callbackUrl } = await searchParams;
  if (await getCitizen()) redirect("/");
  return (
    <>
      <SiteHeader />
      <main className="mx-auto max-w-md px-4 py-12 sm:py-16">
        <div className="rounded-xl border border-slate-200 bg-white p-6 shadow-sm sm:p-8">
          <h1 className="text-xl font-semibold text-slate-900">Get your vaccination certificates</h1>
          <p className="mt-1 mb-6 text-sm text-slate-600">
            Sign in with your mobile number to see and download the certificates of everyone registered on it.
          </p>
          <SignInFlow callbackUrl={safeReturnPath(callbackUrl)} />
        </div>
        <p className="mt-6 text-center text-xs text-slate-500">
          We never ask for your code by phone or message. Do not share it with anyone.
        </p>
      </main>
    </>
  );
};

export default SignInPage;
