import { requestLocale } from "@vax/auth/request-locale";
import { getRequestConfig } from "next-intl/server";

// Anyone checks certificates here without signing in: the platform's tenant (if there is only one) supplies the default.
export default getRequestConfig(async () => {
  const { locale, timeZone } = await requestLocale();
  return { locale, timeZone, messages: (await import(`../../messages/${locale}.json`)).default };
});
