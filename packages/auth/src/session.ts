import "server-only";
import { loadUserActor, type TActor } from "@vax/core";
import { redirect } from "next/navigation";
import { getServerSession, type NextAuthOptions } from "next-auth";
import { can, type TPermission } from "./permissions";
import { safeReturnPath } from "./safe-return-path";

/** The signed-in user's actor, or null without a valid session or once the user is deactivated. */
export const getActor = async (options: NextAuthOptions): Promise<TActor | null> => {
  const session = (await getServerSession(options)) as { userId?: string } | null;
  return session?.userId ? loadUserActor(session.userId) : null;
};

/** What a page guard found: the actor, or that the actor lacks the permission. */
export type TPageAccess = { actor: TActor; allowed: boolean };

/**
 * Guards a server page: sends a visitor without a session to sign in, and tells the page whether
 * the signed-in user holds the permission so it can show a 403 instead of the content.
 */
export const requirePageActor = async (
  options: NextAuthOptions,
  permission: TPermission,
  returnTo = "/",
): Promise<TPageAccess> => {
  const actor = await getActor(options);
  if (!actor) redirect(`/sign-in?callbackUrl=${encodeURIComponent(safeReturnPath(returnTo))}`);
  // A one-time password opens nothing but the page that replaces it.
  if (actor.mustChangePassword) redirect("/account/password");
  return { actor, allowed: can(actor.role, permission) };
};
