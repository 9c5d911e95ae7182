import { isHttpsApp, type TAppName } from "@vax/config/app-urls";
import { env } from "@vax/config/env";
import { contentSecurityPolicy } from "@vax/config/security-headers";
import { NextResponse } from "next/server";

/** A fresh nonce: 128 random bits in base64. */
const newNonce = () => btoa(String.fromCharCode(...crypto.getRandomValues(new Uint8Array(16))));

/**
 * An app's proxy (`src/proxy.ts`) for its pages: each page response gets a Content-Security-Policy
 * with a nonce of its own. Next reads the nonce from the request's copy of the policy and puts it
 * on every script it renders, so only the page's own scripts run. The other security headers, and
 * the policy of everything that is not a page, come from the app's Next.js config.
 */
export const securityProxy =
  (app: TAppName) =>
  (request: Request): NextResponse => {
    const policy = contentSecurityPolicy({
      app,
      https: isHttpsApp(app),
      development: env.NODE_ENV === "development",
      nonce: newNonce(),
    });
    const headers = new Headers(request.headers);
    headers.set("content-security-policy", policy);
    const response = NextResponse.next({ request: { headers } });
    response.headers.set("content-security-policy", policy);
    return response;
  };
