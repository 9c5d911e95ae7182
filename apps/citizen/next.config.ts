import type { NextConfig } from "next";

const config: NextConfig = {
  transpilePackages: ["@vax/auth", "@vax/config", "@vax/core", "@vax/db", "@vax/ui"],
  serverExternalPackages: ["pg", "@prisma/adapter-pg", "bcryptjs"],
  typedRoutes: false,
  poweredByHeader: false,
};

export default config;
