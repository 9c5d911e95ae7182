import { describe, expect, it } from "vitest";
import { acceptedLocales, resolveLocale } from "./resolve-locale";

describe("acceptedLocales", () => {
  it("orders the platform's languages by q-value and keeps the header's order on ties", () => {
    expect(acceptedLocales("en;q=0.5, ar;q=0.9, hi-IN, fr")).toEqual(["hi", "ar", "en"]);
    expect(acceptedLocales("ar, hi")).toEqual(["ar", "hi"]);
  });

  it("leaves out refused ranges, unknown languages and unreadable weights", () => {
    expect(acceptedLocales("hi;q=0, fr, *, ar;q=abc, en;q=0.1")).toEqual(["en"]);
    expect(acceptedLocales("")).toEqual([]);
    expect(acceptedLocales(null)).toEqual([]);
  });
});

describe("resolveLocale", () => {
  it("takes the cookie over the browser and the tenant", () => {
    expect(resolveLocale({ cookie: "ar", acceptLanguage: "hi", tenantDefault: "en" })).toBe("ar");
  });

  it("takes the browser's best supported language when there is no cookie or it is unknown", () => {
    expect(resolveLocale({ acceptLanguage: "fr, hi;q=0.8, en;q=0.7", tenantDefault: "ar" })).toBe("hi");
    expect(resolveLocale({ cookie: "xx", acceptLanguage: "en-GB;q=0.4, ar;q=0.6" })).toBe("ar");
  });

  it("falls back to the tenant's default, then English", () => {
    expect(resolveLocale({ cookie: "de", acceptLanguage: "fr, de", tenantDefault: "hi" })).toBe("hi");
    expect(resolveLocale({ acceptLanguage: "fr", tenantDefault: "pt" })).toBe("en");
    expect(resolveLocale({})).toBe("en");
  });
});
