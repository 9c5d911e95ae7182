import type { NextConfig } from "next";
import { isHttpsApp, type TAppName } from "./app-urls";
import { env } from "./env";
import { securityHeaders } from "./security-headers";

/** The Next.js settings every app shares: workspace packages compiled from source, native-ish drivers left to Node. */
export const baseNextConfig: NextConfig = {
  transpilePackages: ["@vax/auth", "@vax/config", "@vax/core", "@vax/credentials", "@vax/db", "@vax/pdf", "@vax/ui"],
  // piscina starts worker threads from files on disk (the PDF pool), which a bundle cannot hold.
  serverExternalPackages: ["pg", "@prisma/adapter-pg", "bcryptjs", "@react-pdf/renderer", "piscina"],
  typedRoutes: false,
  // `npm run typecheck` checks every app (after `next typegen` writes the route types) before any
  // build in CI; a second check inside each of the four builds cost the test run about a minute.
  typescript: { ignoreBuildErrors: true },
  poweredByHeader: false,
};

/**
 * An app's Next.js config: the shared settings, and the security headers on every response
 * (pages, API, static files) before the app's own headers. Pages get a nonce policy from the
 * app's proxy on top; Next bakes these into the build, which is why the build stamp counts the
 * app URLs they depend on.
 */
export const createNextConfig = (app: TAppName, config: NextConfig = {}): NextConfig => ({
  ...baseNextConfig,
  ...config,
  headers: async () => [
    {
      source: "/:path*",
      headers: securityHeaders({ app, https: isHttpsApp(app), development: env.NODE_ENV === "development" }),
    },
    ...((await config.headers?.()) ?? []),
  ],
});
