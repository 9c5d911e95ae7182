import { baseNextConfig } from "@vax/config/next-config";

export default baseNextConfig;
