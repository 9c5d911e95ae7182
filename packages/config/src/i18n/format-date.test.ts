import { describe, expect, it } from "vitest";
import { formatCalendarDate, formatMoment, formatTimeInZone } from "./format-date";

describe("formatCalendarDate", () => {
  it("shows a calendar date as day, short month and year in the reader's language, the same day everywhere", () => {
    expect(formatCalendarDate("1985-04-12", "en")).toBe("12 Apr 1985");
    expect(formatCalendarDate("1985-04-12", "hi", "America/Los_Angeles")).toMatch(/^12 अप्रैल 1985$/);
    expect(formatCalendarDate("1985-04-12", "ar")).toMatch(/أبريل/);
  });

  it("shows a moment as the day it was in the tenant's time zone", () => {
    expect(formatCalendarDate("2026-03-31T20:00:00Z", "en", "Asia/Kolkata")).toBe("1 Apr 2026");
    expect(formatCalendarDate(new Date("2026-03-31T20:00:00Z"), "en", "UTC")).toBe("31 Mar 2026");
  });

  it("returns text that is not an ISO date, or a day the calendar has not, as given", () => {
    expect(formatCalendarDate("1985", "en")).toBe("1985");
    expect(formatCalendarDate("2021-02-31", "en")).toBe("2021-02-31");
    expect(formatCalendarDate("March 1985", "hi")).toBe("March 1985");
  });
});

describe("formatTimeInZone", () => {
  it("gives the time of day in the zone and the zone's offset", () => {
    expect(formatTimeInZone(new Date("2026-12-06T22:17:00Z"), "Asia/Kolkata")).toBe("03:47 GMT+5:30");
    expect(formatTimeInZone(new Date("2026-12-06T22:17:00Z"), "UTC")).toBe("22:17 GMT+0");
  });
});

describe("formatMoment", () => {
  it("writes when something happened in the tenant's time zone and the reader's language", () => {
    expect(formatMoment("2026-12-06T22:17:00Z", "en", "Asia/Kolkata")).toBe("7 Dec 2026, 03:47");
    expect(formatMoment(new Date("2026-12-06T22:17:00Z"), "en", "UTC")).toBe("6 Dec 2026, 22:17");
    expect(formatMoment("2026-12-06T22:17:00Z", "hi", "Asia/Kolkata")).toMatch(/दिस/);
    expect(formatMoment("2026-12-06T22:17:00Z", "ar", "Asia/Kolkata")).toMatch(/ديسمبر/);
  });

  it("returns text that is not a time as given", () => {
    expect(formatMoment("soon", "en")).toBe("soon");
  });
});
