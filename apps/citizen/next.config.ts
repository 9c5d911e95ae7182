import { baseNextConfig } from "@vax/config/next-config";
import type { NextConfig } from "next";

const citizenConfig: NextConfig = {
  ...baseNextConfig,
  serverExternalPackages: [...(baseNextConfig.serverExternalPackages ?? []), "piscina"],
};

export default citizenConfig;
