import { requestLocale } from "@vax/auth/request-locale";
import { getActor } from "@vax/auth/session";
import { getRequestConfig } from "next-intl/server";
import { authOptions } from "@/lib/auth";

// The signed-in user's tenant supplies the default language and the time zone; before sign-in, the platform's only tenant.
export default getRequestConfig(async () => {
  const actor = await getActor(authOptions);
  const { locale, timeZone } = await requestLocale(actor?.tenantId);
  return { locale, timeZone, messages: (await import(`../../messages/${locale}.json`)).default };
});
