import type { NextConfig } from "next";

/** The Next.js settings every app shares: workspace packages compiled from source, native-ish drivers left to Node. */
export const baseNextConfig: NextConfig = {
  transpilePackages: ["@vax/auth", "@vax/config", "@vax/core", "@vax/credentials", "@vax/db", "@vax/pdf", "@vax/ui"],
  serverExternalPackages: ["pg", "@prisma/adapter-pg", "bcryptjs", "@react-pdf/renderer"],
  typedRoutes: false,
  poweredByHeader: false,
};
