import { describe, expect, it } from "vitest";
import { dateFormatterFor } from "@/lib/i18n/formatter";

const eveningInCopenhagen = new Date("2026-12-04T18:59:00Z");

describe("dates and times on pages", () => {
  it("are British in English: day before month and a 24-hour clock, not next-intl's American 'Dec 4, 2026, 7:59 PM'", () => {
    const format = dateFormatterFor("en");
    expect(format.dateTime(eveningInCopenhagen, { dateStyle: "medium", timeStyle: "short" })).toBe("4 Dec 2026, 19:59");
    expect(format.dateTime(eveningInCopenhagen, { dateStyle: "long" })).toBe("4 December 2026");
  });

  it("are Copenhagen's time and each language's own way of writing them", () => {
    expect(dateFormatterFor("da").dateTime(eveningInCopenhagen, { dateStyle: "medium", timeStyle: "short" })).toBe("4. dec. 2026, 19.59");
    expect(dateFormatterFor("de").dateTime(eveningInCopenhagen, { dateStyle: "medium", timeStyle: "short" })).toBe("04.12.2026, 19:59");
    // A summer evening is two hours ahead of UTC.
    expect(dateFormatterFor("en").dateTime(new Date("2026-07-01T20:30:00Z"), { timeStyle: "short" })).toBe("22:30");
  });
});
