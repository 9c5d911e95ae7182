import "server-only";
import { isHttpsApp } from "@vax/config/app-urls";
import { AppError, signInWithPassword, type TActor } from "@vax/core";
import { translateMessage } from "@vax/core/messages";
import type { NextAuthOptions } from "next-auth";
import CredentialsProvider from "next-auth/providers/credentials";
import { z } from "zod";
import { clientAddress } from "./client-address";
import { can, type TPermission } from "./permissions";
import { localeOfHeaders } from "./reader-locale";
import { sameOriginRedirect } from "./safe-return-path";
import { sessionCookies } from "./session-cookies";

/** The apps people sign in to with a password, and the permission each requires. */
export type TSignInApp = { name: "admin" | "facility"; permission: TPermission; label: string };

const ZCredentials = z.object({ email: z.string().trim().min(1).max(254), password: z.string().min(1).max(200) });

/**
 * next-auth options for one app: e-mail and password sign-in, a JWT session holding only the user
 * id (role and tenant are read from the database on each request), and cookies named per app so
 * that the admin portal and the facility app, both on localhost, keep separate sessions.
 */
export const createAuthOptions = (app: TSignInApp): NextAuthOptions => {
  const secure = isHttpsApp(app.name);
  return {
    secret: process.env.NEXTAUTH_SECRET,
    session: { strategy: "jwt", maxAge: 8 * 60 * 60 },
    pages: { signIn: "/sign-in", error: "/sign-in" },
    cookies: sessionCookies(app.name, secure),
    providers: [
      CredentialsProvider({
        name: "E-mail and password",
        credentials: { email: { label: "E-mail", type: "email" }, password: { label: "Password", type: "password" } },
        authorize: async (credentials, request) => {
          // The form shows the refusal as it comes, so it is written in the reader's language here.
          const headers = (request?.headers ?? {}) as Record<string, string | undefined>;
          const locale = localeOfHeaders((name) => headers[name]);
          const refuse = (error: AppError) => new Error(translateMessage(error.message, locale));
          const parsed = ZCredentials.safeParse(credentials);
          if (!parsed.success) throw refuse(new AppError("UNAUTHENTICATED", "Enter your e-mail and password"));
          let actor: TActor;
          try {
            actor = await signInWithPassword({
              ...parsed.data,
              ip: clientAddress({ headers: request?.headers ?? {} }),
            });
          } catch (error) {
            throw refuse(
              error instanceof AppError ? error : new AppError("UNAVAILABLE", "Sign-in is not available right now"),
            );
          }
          if (!can(actor.role, app.permission)) {
            throw refuse(new AppError("FORBIDDEN", `This account cannot use the ${app.label}`));
          }
          if (actor.mustChangePassword && app.name !== "admin") {
            throw refuse(
              new AppError(
                "FORBIDDEN",
                "Choose your own password in the admin portal first: this one was for one use only",
              ),
            );
          }
          return { id: actor.id as string, name: actor.label };
        },
      }),
    ],
    callbacks: {
      redirect: sameOriginRedirect,
      jwt: ({ token, user }) => (user ? { ...token, sub: user.id } : token),
      session: ({ session, token }) => ({ ...session, userId: token.sub }),
    },
  };
};
