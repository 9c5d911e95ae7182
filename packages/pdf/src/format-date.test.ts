import { describe, expect, it } from "vitest";
import { formatCertificateDate } from "./format-date.ts";

describe("formatCertificateDate", () => {
  it("writes day, short month and year in the language", () => {
    expect(formatCertificateDate("2021-03-14")).toBe("14 Mar 2021");
    expect(formatCertificateDate("2021-03-14", "hi")).toBe("14 मार्च 2021");
    expect(formatCertificateDate("2021-03-14", "ar")).toMatch(/مارس/);
  });

  it("takes the calendar day of a date-time as written, and leaves a partial or impossible date as given", () => {
    expect(formatCertificateDate("2021-06-20T23:30:00-05:00")).toBe("20 Jun 2021");
    expect(formatCertificateDate("1985")).toBe("1985");
    expect(formatCertificateDate("2021-02-31")).toBe("2021-02-31");
  });
});
