import { describe, expect, it } from "vitest";
import { doseIntervalProblem, earliestNextDose, programmePeriodProblem } from "./dose-rules";

const at = (iso: string) => new Date(iso);
const covishield = { name: "COVISHIELD", minIntervalDays: 84 };

describe("the minimum interval between doses", () => {
  const previous = { dose: 1, vaccinatedAt: at("2025-12-07T15:30:00Z") };

  it("refuses a dose one day early, naming the first day it may be given and the previous dose", () => {
    expect(
      doseIntervalProblem({
        vaccine: covishield,
        dose: 2,
        vaccinatedAt: at("2026-02-28T09:00:00Z"),
        previous,
        discloseDate: true,
      }),
    ).toBe("Dose 2 of COVISHIELD may be given from 2026-03-01, 84 days after dose 1 on 2025-12-07");
  });

  it("accepts a dose on the first allowed day, whatever the hour of either dose", () => {
    expect(
      doseIntervalProblem({
        vaccine: covishield,
        dose: 2,
        vaccinatedAt: at("2026-03-01T00:00:00Z"),
        previous,
        discloseDate: true,
      }),
    ).toBeUndefined();
    expect(earliestNextDose(previous.vaccinatedAt, 84).toISOString()).toBe("2026-03-01T00:00:00.000Z");
  });

  it("refuses dose 2 a few seconds after dose 1", () => {
    const vaccinatedAt = new Date(previous.vaccinatedAt.getTime() + 5_000);
    expect(doseIntervalProblem({ vaccine: covishield, dose: 2, vaccinatedAt, previous, discloseDate: true })).toMatch(
      /^Dose 2 of COVISHIELD may be given from 2026-03-01/,
    );
  });

  it("with no interval, still refuses a dose dated before the previous one but not one on the same day", () => {
    const noInterval = { name: "COVAXIN", minIntervalDays: 0 };
    expect(
      doseIntervalProblem({
        vaccine: noInterval,
        dose: 2,
        vaccinatedAt: at("2025-12-06T10:00:00Z"),
        previous,
        discloseDate: true,
      }),
    ).toBe("Dose 2 of COVAXIN may be given from 2025-12-07, the day of dose 1 on 2025-12-07");
    expect(
      doseIntervalProblem({
        vaccine: noInterval,
        dose: 2,
        vaccinatedAt: at("2025-12-07T08:00:00Z"),
        previous,
        discloseDate: true,
      }),
    ).toBeUndefined();
  });

  it("tells a caller who did not record the previous dose the rule, not its date", () => {
    const message = doseIntervalProblem({
      vaccine: covishield,
      dose: 2,
      vaccinatedAt: at("2026-01-10T09:00:00Z"),
      previous,
      discloseDate: false,
    });
    expect(message).toBe("Dose 2 of COVISHIELD may be given at the earliest 84 days after dose 1");
    expect(message).not.toMatch(/2025/);
  });
});

describe("the programme's dates", () => {
  const programme = { name: "COVID-19", startDate: at("2026-01-01T00:00:00Z"), endDate: at("2026-12-31T00:00:00Z") };

  it("accepts a dose on the first and on the last day", () => {
    expect(programmePeriodProblem(programme, at("2026-01-01T00:00:00Z"))).toBeUndefined();
    expect(programmePeriodProblem(programme, at("2026-12-31T23:59:00Z"))).toBeUndefined();
  });

  it("refuses a dose before the start or after the end, saying which", () => {
    expect(programmePeriodProblem(programme, at("2025-12-31T12:00:00Z"))).toBe(
      "COVID-19 starts on 2026-01-01; a dose on 2025-12-31 is before it",
    );
    expect(programmePeriodProblem(programme, at("2027-01-01T00:00:00Z"))).toBe(
      "COVID-19 ended on 2026-12-31; a dose on 2027-01-01 is after it",
    );
  });

  it("leaves an open start or end unchecked", () => {
    expect(programmePeriodProblem({ name: "Polio", startDate: null, endDate: null }, at("1990-05-01T00:00:00Z"))).toBe(
      undefined,
    );
  });
});
