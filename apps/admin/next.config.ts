import { createNextConfig } from "@vax/config/next-config";
import createNextIntlPlugin from "next-intl/plugin";

// Pages take their language from the request (cookie, browser, tenant), never from the URL.
const withNextIntl = createNextIntlPlugin("./src/i18n/request.ts");

export default withNextIntl(createNextConfig("admin"));
