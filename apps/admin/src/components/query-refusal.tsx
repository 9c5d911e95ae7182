import type { TLocale } from "@vax/config/i18n";
import { translateMessage } from "@vax/core/messages";
import { Alert } from "@vax/ui";
import { getLocale } from "next-intl/server";
import type { ZodError } from "zod";

/** Why a page's filters (its address's query) were refused, in the page's language; the fallback when zod names nothing. */
export const QueryRefusal = async ({ error, fallback }: { error: ZodError; fallback: string }) => {
  const [issue] = error.issues;
  const locale = (await getLocale()) as TLocale;
  return <Alert tone="error">{issue ? translateMessage(issue.message, locale) : fallback}</Alert>;
};
