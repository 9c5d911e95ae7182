/**
 * The languages the apps ship, each page checked in every one of them (the `lang` cookie chooses
 * it, then Accept-Language). Extend it as the apps gain a language.
 */
export const appLanguages = ["en"] as const;

/** One of {@link appLanguages}. */
export type TAppLanguage = (typeof appLanguages)[number];
