import type { NextConfig } from "next";

/** The Next.js settings every app shares: workspace packages compiled from source, native-ish drivers left to Node. */
export const baseNextConfig: NextConfig = {
  transpilePackages: ["@vax/auth", "@vax/config", "@vax/core", "@vax/credentials", "@vax/db", "@vax/pdf", "@vax/ui"],
  // piscina starts worker threads from files on disk (the PDF pool), which a bundle cannot hold.
  serverExternalPackages: ["pg", "@prisma/adapter-pg", "bcryptjs", "@react-pdf/renderer", "piscina"],
  typedRoutes: false,
  poweredByHeader: false,
};
