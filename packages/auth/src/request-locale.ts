import "server-only";
import { LOCALE_COOKIE, resolveLocale, type TLocale } from "@vax/config/i18n";
import { getTenantLocale, type TTenantLocale } from "@vax/core";
import { cookies, headers } from "next/headers";

/** The language and time zone a page is rendered in. */
export type TRequestLocale = { locale: TLocale; timeZone: string };

const tenantLocale = async (tenantId: string | null | undefined): Promise<TTenantLocale | null> => {
  try {
    return await getTenantLocale({ tenantId });
  } catch (error) {
    // A page that needs no database (the verifier) still renders in the browser's language or English.
    console.error("The tenant's language could not be read:", error);
    return null;
  }
};

/**
 * The language of this request (the `lang` cookie, then `Accept-Language`, then the tenant's
 * default, then English) and the tenant's time zone, for next-intl's request config. `tenantId`
 * is the signed-in user's tenant; without it the platform's only tenant, if there is one, decides.
 */
export const requestLocale = async (tenantId?: string | null): Promise<TRequestLocale> => {
  const [cookieStore, headerList, tenant] = await Promise.all([cookies(), headers(), tenantLocale(tenantId)]);
  const locale = resolveLocale({
    cookie: cookieStore.get(LOCALE_COOKIE)?.value,
    acceptLanguage: headerList.get("accept-language"),
    tenantDefault: tenant?.defaultLanguage,
  });
  return { locale, timeZone: tenant?.timeZone ?? "UTC" };
};
