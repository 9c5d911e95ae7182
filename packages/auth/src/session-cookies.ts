import type { NextAuthOptions } from "next-auth";

/**
 * next-auth's cookies named after the app (`vax-<app>.session-token`, …), so apps that share a
 * host, as all four do on localhost, keep separate sessions; `secure` when the app is on https.
 */
export const sessionCookies = (app: string, secure: boolean): NextAuthOptions["cookies"] => {
  const cookie = (name: string) => ({
    name: `vax-${app}.${name}`,
    options: { httpOnly: true, sameSite: "lax" as const, path: "/", secure },
  });
  return {
    sessionToken: cookie("session-token"),
    callbackUrl: cookie("callback-url"),
    csrfToken: cookie("csrf-token"),
  };
};
