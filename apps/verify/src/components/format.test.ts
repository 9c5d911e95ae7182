import { describe, expect, it } from "vitest";
import { formatAge, formatDate } from "./format";

describe("certificate dates on screen", () => {
  it("shows a birth or dose date as day, month and year whatever the checker's time zone", () => {
    expect(formatDate("1985-04-12")).toBe("12 Apr 1985");
    expect(formatDate("2021-06-01T10:00:00Z")).toBe("1 Jun 2021");
    expect(formatDate("sometime in 1985")).toBe("sometime in 1985");
  });

  it("says how long ago the data was refreshed in words", () => {
    const now = new Date("2026-01-10T12:00:00Z");
    expect(formatAge(new Date("2026-01-10T11:59:40Z"), now)).toBe("just now");
    expect(formatAge(new Date("2026-01-10T11:59:00Z"), now)).toBe("1 minute ago");
    expect(formatAge(new Date("2026-01-10T09:00:00Z"), now)).toBe("3 hours ago");
    expect(formatAge(new Date("2026-01-05T12:00:00Z"), now)).toBe("5 days ago");
  });
});
