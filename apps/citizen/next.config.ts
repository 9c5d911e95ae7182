import { createNextConfig } from "@vax/config/next-config";

export default createNextConfig("citizen");
