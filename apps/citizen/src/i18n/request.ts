import { requestLocale } from "@vax/auth/request-locale";
import { getRequestConfig } from "next-intl/server";

// The citizen signs in with a mobile number, which belongs to no one tenant: the platform's tenant (if there is only one) supplies the default.
export default getRequestConfig(async () => {
  const { locale, timeZone } = await requestLocale();
  return { locale, timeZone, messages: (await import(`../../messages/${locale}.json`)).default };
});
