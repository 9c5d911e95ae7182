import type { NextAuthOptions } from "next-auth";

/**
 * next-auth's cookies named after the app (`vax-<app>.session-token`, …), so apps that share a
 * host, as all four do on localhost, keep separate sessions. On https they are `Secure` and named
 * `__Host-…`: the browser then takes them only from a secure page of this very host, with path /
 * and no Domain, so neither a sibling subdomain nor a plain-http page can set or overwrite them.
 */
export const sessionCookies = (app: string, secure: boolean): NextAuthOptions["cookies"] => {
  const prefix = secure ? "__Host-" : "";
  const cookie = (name: string) => ({
    name: `${prefix}vax-${app}.${name}`,
    options: { httpOnly: true, sameSite: "lax" as const, path: "/", secure },
  });
  return {
    sessionToken: cookie("session-token"),
    callbackUrl: cookie("callback-url"),
    csrfToken: cookie("csrf-token"),
  };
};
