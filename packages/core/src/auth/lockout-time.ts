import { formatTimeInZone } from "@vax/config/i18n";
import { getTenantLocale } from "../tenant/get-tenant-locale";

/**
 * When a locked sign-in opens again, as a time of day in the platform's tenant's time zone, named
 * ("03:47 GMT+5:30"); in UTC, named so, when the platform has several tenants. Never the
 * zone of the account's own tenant: the answer would then tell a known e-mail from an unknown one.
 */
export const lockoutTime = async (until: Date): Promise<string> => {
  const tenant = await getTenantLocale();
  return formatTimeInZone(until, tenant?.timeZone ?? "UTC");
};
