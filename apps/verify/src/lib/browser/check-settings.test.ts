import { describe, expect, it } from "vitest";
import { CHECK_SETTINGS_KEY, judgingMoment, loadCheckSettings, localDay, saveCheckSettings } from "./check-settings";

const memory = () => {
  const items = new Map<string, string>();
  return {
    getItem: (key: string) => items.get(key) ?? null,
    setItem: (key: string, value: string) => items.set(key, value),
  };
};

describe("the checker's destination and date", () => {
  it("are kept between visits, and anything malformed counts as not chosen", () => {
    const storage = memory();
    expect(loadCheckSettings(storage)).toEqual({});
    saveCheckSettings(storage, { destination: "DE", date: "2027-03-01" });
    expect(loadCheckSettings(storage)).toEqual({ destination: "DE", date: "2027-03-01" });
    storage.setItem(CHECK_SETTINGS_KEY, JSON.stringify({ destination: "Germany", date: "March 1st" }));
    expect(loadCheckSettings(storage)).toEqual({});
    storage.setItem(CHECK_SETTINGS_KEY, "{not json");
    expect(loadCheckSettings(storage)).toEqual({});
    expect(loadCheckSettings(undefined)).toEqual({});
  });

  it("judge at the current moment for today or no day, and at noon of a chosen day", () => {
    const now = new Date(2026, 11, 6, 18, 30);
    expect(localDay(now)).toBe("2026-12-06");
    expect(judgingMoment({}, now)).toBe(now);
    expect(judgingMoment({ date: "2026-12-06" }, now)).toBe(now);
    expect(judgingMoment({ date: "2027-01-15" }, now)).toEqual(new Date(2027, 0, 15, 12));
  });

  it("survive a browser that refuses to store them", () => {
    const refusing = {
      setItem: () => {
        throw new Error("QuotaExceededError");
      },
    };
    expect(() => saveCheckSettings(refusing, { destination: "FR" })).not.toThrow();
  });
});
