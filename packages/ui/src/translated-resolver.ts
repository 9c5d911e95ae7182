import type { TLocale } from "@vax/config/i18n";
import { translateMessage } from "@vax/core/messages";
import type { FieldErrors, FieldValues, Resolver } from "react-hook-form";

type TErrorTree = { message?: unknown; [key: string]: unknown };

const translated = (errors: TErrorTree, locale: TLocale): TErrorTree =>
  Object.fromEntries(
    Object.entries(errors).map(([key, value]) => {
      if (key === "message" && typeof value === "string") return [key, translateMessage(value, locale)];
      // react-hook-form keeps each field's element (`ref`) in its errors: that is passed on untouched.
      if (key === "ref" || typeof value !== "object" || value === null) return [key, value];
      return [key, translated(value as TErrorTree, locale)];
    }),
  );

/**
 * A form's resolver whose messages are in the page's language. The core's schemas check a form in
 * the browser as the API checks it on the server, and write their messages in English; these are
 * translated as the API's answers are (see translateMessage).
 */
export const inPageLanguage =
  <T extends FieldValues, C, R>(resolver: Resolver<T, C, R>, locale: TLocale): Resolver<T, C, R> =>
  async (values, context, options) => {
    const result = await resolver(values, context, options);
    if (locale === "en" || Object.keys(result.errors).length === 0) return result;
    return { values: {}, errors: translated(result.errors as TErrorTree, locale) as FieldErrors<T> };
  };
