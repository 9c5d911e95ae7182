import "server-only";
import { clientAddress } from "@vax/auth/client-address";
import { localeOfHeaders } from "@vax/auth/reader-locale";
import { sameOriginRedirect } from "@vax/auth/safe-return-path";
import { sessionCookies } from "@vax/auth/session-cookies";
import { isHttpsApp } from "@vax/config/app-urls";
import { env } from "@vax/config/env";
import { AppError, displayMobile, signInWithOneTimeCode } from "@vax/core";
import { translateMessage } from "@vax/core/messages";
import type { NextAuthOptions } from "next-auth";
import CredentialsProvider from "next-auth/providers/credentials";
import { ZodError } from "zod";

// next-auth hands only an Error's message to the browser, which shows it as it comes: so each says
// what to do next, in the reader's language.
const messageOf = (error: unknown): string => {
  if (error instanceof AppError) return error.message;
  if (error instanceof ZodError) return error.issues[0]?.message ?? "Check the number and the code";
  console.error(error);
  return "Sign-in is not available right now. Try again in a minute.";
};

/**
 * Sign-in to the citizen portal with a mobile number and the one-time code sent to it. The session
 * is a JWT that holds only the number, in cookies of the citizen app's own (`vax-citizen.*`).
 */
export const authOptions: NextAuthOptions = {
  secret: env.NEXTAUTH_SECRET,
  session: { strategy: "jwt", maxAge: 60 * 60 },
  pages: { signIn: "/sign-in", error: "/sign-in" },
  cookies: sessionCookies("citizen", isHttpsApp("citizen")),
  providers: [
    CredentialsProvider({
      name: "Mobile number and one-time code",
      credentials: { mobile: { label: "Mobile number", type: "tel" }, code: { label: "Code", type: "text" } },
      authorize: async (credentials, request) => {
        try {
          const { mobile } = await signInWithOneTimeCode({
            mobile: credentials?.mobile ?? "",
            code: credentials?.code ?? "",
            ip: clientAddress({ headers: request?.headers ?? {} }),
          });
          return { id: mobile, name: displayMobile(mobile) };
        } catch (error) {
          const headers = (request?.headers ?? {}) as Record<string, string | undefined>;
          throw new Error(
            translateMessage(
              messageOf(error),
              localeOfHeaders((name) => headers[name]),
            ),
          );
        }
      },
    }),
  ],
  callbacks: {
    redirect: sameOriginRedirect,
    jwt: ({ token, user }) => (user ? { ...token, sub: user.id, mobile: user.id } : token),
    session: ({ session, token }) => ({
      ...session,
      mobile: typeof token.mobile === "string" ? token.mobile : undefined,
    }),
  },
};
