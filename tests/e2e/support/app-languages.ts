import type { TAppName } from "./route-inventory";

/** Every language an app may ship in. */
export const allLanguages = ["en", "hi", "ar"] as const;

/** One of {@link allLanguages}. */
export type TAppLanguage = (typeof allLanguages)[number];

/**
 * The languages each app ships, each of its pages checked in every one of them (the `lang` cookie chooses it,
 * then Accept-Language).
 */
export const appLanguages: Record<TAppName, readonly TAppLanguage[]> = {
  admin: allLanguages,
  facility: allLanguages,
  citizen: allLanguages,
  verify: allLanguages,
};
