import { describe, expect, it } from "vitest";
import { ZAnalyticsCsvQuery, ZAnalyticsQuery } from "../schemas/analytics";
import { analyticsRange, daysOf, monthSplit } from "./analytics-range";

const now = new Date("2026-03-10T15:00:00Z");

describe("the dashboard's range", () => {
  it("is the 30 days up to today when no day is given, and 30 days up to the end when only that is", () => {
    expect(analyticsRange({}, now)).toEqual({ programmeId: null, from: "2026-02-09", to: "2026-03-10" });
    expect(analyticsRange({ to: "2026-01-31" }, now)).toEqual({
      programmeId: null,
      from: "2026-01-02",
      to: "2026-01-31",
    });
    expect(analyticsRange({ from: "2026-03-01" }, now)).toEqual({
      programmeId: null,
      from: "2026-03-01",
      to: "2026-03-10",
    });
    expect(analyticsRange({ from: "2026-04-01" }, now).to).toBe("2026-04-01");
  });

  it("lists every day of the range, ends included, across a month's end", () => {
    expect(daysOf({ programmeId: null, from: "2026-02-27", to: "2026-03-02" })).toEqual([
      "2026-02-27",
      "2026-02-28",
      "2026-03-01",
      "2026-03-02",
    ]);
  });
});

describe("the dashboard's filters", () => {
  it("read empty form fields as not given", () => {
    expect(ZAnalyticsQuery.parse({ programmeId: "", from: "", to: "" })).toEqual({
      programmeId: undefined,
      from: undefined,
      to: undefined,
    });
  });

  it("refuse a day that is not one, an end before the start, and more than 1100 days", () => {
    expect(ZAnalyticsQuery.safeParse({ from: "2026-02-30x" }).success).toBe(false);
    expect(ZAnalyticsQuery.safeParse({ from: "yesterday" }).success).toBe(false);
    const backwards = ZAnalyticsQuery.safeParse({ from: "2026-03-10", to: "2026-03-09" });
    expect(backwards.error?.issues[0]).toMatchObject({ path: ["to"], message: "To must not be before From" });
    expect(ZAnalyticsQuery.safeParse({ from: "2023-01-01", to: "2026-01-04" }).success).toBe(true);
    expect(ZAnalyticsQuery.safeParse({ from: "2023-01-01", to: "2026-01-05" }).success).toBe(false);
  });

  it("name a CSV's table, the day-by-day one by default, and refuse any other", () => {
    expect(ZAnalyticsCsvQuery.parse({}).table).toBe("days");
    expect(ZAnalyticsCsvQuery.parse({ table: "districts", from: "2026-01-01" })).toMatchObject({
      table: "districts",
      from: "2026-01-01",
    });
    expect(ZAnalyticsCsvQuery.safeParse({ table: "recipients" }).success).toBe(false);
  });
});

describe("a range cut into whole months and loose days", () => {
  const split = (from: string, to: string) => monthSplit({ programmeId: null, from, to });

  it("reads whole months from the monthly summary and the days at either end from the daily one", () => {
    expect(split("2026-01-20", "2026-04-05")).toEqual({
      months: { from: "2026-02-01", to: "2026-03-01" },
      days: [
        { from: "2026-01-20", to: "2026-01-31" },
        { from: "2026-04-01", to: "2026-04-05" },
      ],
    });
    expect(split("2026-02-01", "2026-02-28")).toEqual({ months: { from: "2026-02-01", to: "2026-02-01" }, days: [] });
    expect(split("2025-12-01", "2026-01-31")).toEqual({ months: { from: "2025-12-01", to: "2026-01-01" }, days: [] });
    expect(split("2026-02-01", "2026-03-02")).toEqual({
      months: { from: "2026-02-01", to: "2026-02-01" },
      days: [{ from: "2026-03-01", to: "2026-03-02" }],
    });
  });

  it("keeps a range without a whole month to days", () => {
    expect(split("2026-01-20", "2026-02-10")).toEqual({
      months: null,
      days: [{ from: "2026-01-20", to: "2026-02-10" }],
    });
    expect(split("2026-03-05", "2026-03-05")).toEqual({
      months: null,
      days: [{ from: "2026-03-05", to: "2026-03-05" }],
    });
  });
});
