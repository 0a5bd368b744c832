import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { isCalendarDate, monthName } from "../../src/text/dates.js";

describe("monthName", () => {
  it("names the month of an ISO date, with or without a time after it", () => {
    expect(monthName("2022-06-12")).toBe("June");
    expect(monthName("2023-01-31T08:00:00Z")).toBe("January");
    expect(monthName("1999-12-01")).toBe("December");
  });

  it("is empty for text that starts with no calendar date", () => {
    expect(monthName("")).toBe("");
    expect(monthName("2022-02-30")).toBe("");
    expect(monthName("June 12, 2022")).toBe("");
  });

  it("names a month exactly when the text starts with a calendar date", () => {
    const months = new Set(
      Array.from({ length: 12 }, (_, m) =>
        new Date(Date.UTC(2000, m, 1)).toLocaleString("en", { month: "long", timeZone: "UTC" }),
      ),
    );
    fc.assert(
      fc.property(fc.string(), (text) => {
        const name = monthName(text);
        expect(name === "" ? !isCalendarDate(text) : months.has(name)).toBe(true);
      }),
    );
    fc.assert(
      fc.property(
        fc.date({ min: new Date("1900-01-01"), max: new Date("2100-12-31"), noInvalidDate: true }),
        (d) => {
          expect(months.has(monthName(d.toISOString()))).toBe(true);
        },
      ),
    );
  });
});
