import { securityProxy } from "@vax/auth/security-proxy";

// Every page response gets a Content-Security-Policy with a nonce of its own.
export const proxy = securityProxy("admin");

// Pages only: API routes, static files and anything with a file extension keep the policy of the
// Next.js config, and API bodies are not buffered for the proxy. Prefetches render no scripts.
export const config = {
  matcher: [
    {
      source: "/((?!api/|_next/static/|_next/image|.*\\.).*)",
      missing: [
        { type: "header", key: "next-router-prefetch" },
        { type: "header", key: "purpose", value: "prefetch" },
      ],
    },
  ],
};
