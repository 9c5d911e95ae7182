import "server-only";
import { safeReturnPath } from "@vax/auth/safe-return-path";
import type { TCitizen } from "@vax/core";
import { redirect } from "next/navigation";
import { getServerSession } from "next-auth";
import { authOptions } from "./auth";

/** The signed-in citizen, or null without a valid session. */
export const getCitizen = async (): Promise<TCitizen | null> => {
  const session = (await getServerSession(authOptions)) as { mobile?: string } | null;
  return session?.mobile ? { mobile: session.mobile } : null;
};

/** Guards a page: a visitor without a session is sent to sign in, and brought back afterwards. */
export const requireCitizen = async (returnTo = "/"): Promise<TCitizen> => {
  const citizen = await getCitizen();
  if (!citizen) redirect(`/sign-in?callbackUrl=${encodeURIComponent(safeReturnPath(returnTo))}`);
  return citizen;
};
