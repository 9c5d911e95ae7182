import { describe, expect, it } from "vitest";
import { countryName, formatAge, formatDate } from "./format";

describe("certificate dates on screen", () => {
  it("shows a birth or dose date as day, month and year whatever the checker's time zone", () => {
    expect(formatDate("1985-04-12", "en")).toBe("12 Apr 1985");
    expect(formatDate("2021-06-01T10:00:00Z", "en")).toBe("1 Jun 2021");
    expect(formatDate("1985-04-12", "hi")).toBe("12 अप्रैल 1985");
    expect(formatDate("sometime in 1985", "ar")).toBe("sometime in 1985");
  });

  it("says how long ago the data was refreshed in words of the checker's language", () => {
    const now = new Date("2026-01-10T12:00:00Z");
    expect(formatAge(new Date("2026-01-10T11:59:40Z"), "en", now)).toBe("now");
    expect(formatAge(new Date("2026-01-10T11:59:00Z"), "en", now)).toBe("1 minute ago");
    expect(formatAge(new Date("2026-01-10T09:00:00Z"), "en", now)).toBe("3 hours ago");
    expect(formatAge(new Date("2026-01-05T12:00:00Z"), "en", now)).toBe("5 days ago");
    expect(formatAge(new Date("2026-01-10T09:00:00Z"), "hi", now)).toBe("3 घंटे पहले");
  });

  it("names a country in the checker's language", () => {
    expect(countryName("DE", "en")).toBe("Germany");
    expect(countryName("IN", "hi")).toBe("भारत");
    expect(countryName("Atlantis", "ar")).toBe("Atlantis");
  });
});
