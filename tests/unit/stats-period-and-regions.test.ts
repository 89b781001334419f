import countries from "i18n-iso-countries";
import { describe, expect, it } from "vitest";
import { periodFromQuery, presetPeriod, yearEarlier, ZPeriodQuery } from "@/lib/stats/period";
import { subregionOf, WORLD_REGIONS, worldRegionOf } from "@/lib/stats/world-regions";

const TODAY = new Date("2026-11-23T10:00:00Z");

describe("statistics periods", () => {
  it("names this year and the last twelve months from today, both days included", () => {
    expect(presetPeriod("this-year", TODAY)).toEqual({ from: "2026-01-01", to: "2026-11-23" });
    expect(presetPeriod("last-12-months", TODAY)).toEqual({ from: "2025-11-24", to: "2026-11-23" });
  });

  it("compares with the same period a year earlier, 29 February becoming 28 February", () => {
    expect(yearEarlier({ from: "2026-01-01", to: "2026-11-23" })).toEqual({ from: "2025-01-01", to: "2025-11-23" });
    expect(yearEarlier({ from: "2024-02-29", to: "2024-12-31" })).toEqual({ from: "2023-02-28", to: "2023-12-31" });
  });

  it("takes a custom range only when it is real, ordered, not in the future and at most ten years long, naming the rule it breaks", () => {
    const parse = (query: Record<string, unknown>) => periodFromQuery(ZPeriodQuery.parse(query), TODAY);
    expect(parse({ period: "custom", from: "2020-03-01", to: "2021-02-28" })).toEqual({ period: { from: "2020-03-01", to: "2021-02-28" } });
    expect(parse({ period: "custom", from: "2016-11-23", to: "2026-11-23" })).toEqual({ period: { from: "2016-11-23", to: "2026-11-23" } });
    const thisYear = { from: "2026-01-01", to: "2026-11-23" };
    for (const [bad, error] of [
      [{ period: "custom" }, "fromMissing"],
      [{ period: "custom", from: "2021-02-30", to: "2021-03-01" }, "fromNotADay"],
      [{ period: "custom", from: "2021-01-01" }, "toMissing"],
      [{ period: "custom", from: "2021-01-01", to: "31-12-2026" }, "toNotADay"],
      [{ period: "custom", from: "2022-01-01", to: "2021-01-01" }, "endBeforeStart"],
      [{ period: "custom", from: "2026-01-01", to: "2026-12-31" }, "endAfterToday"],
      [{ period: "custom", from: "2010-01-01", to: "2026-01-01" }, "tooLong"],
    ] as const) {
      expect(parse(bad)).toEqual({ period: thisYear, error });
    }
    expect(parse({ period: "bogus", from: ["x"] })).toEqual({ period: thisYear });
  });
});

describe("world regions (UN M49, from world-countries)", () => {
  it("places nationalities in their region and subregion", () => {
    expect([worldRegionOf("DK"), subregionOf("DK")]).toEqual(["Europe", "Northern Europe"]);
    expect([worldRegionOf("UA"), subregionOf("UA")]).toEqual(["Europe", "Eastern Europe"]);
    expect([worldRegionOf("SY"), subregionOf("SY")]).toEqual(["Asia", "Western Asia"]);
    expect(worldRegionOf("BR")).toBe("Americas");
    expect(worldRegionOf("ER")).toBe("Africa");
    expect(worldRegionOf("AU")).toBe("Oceania");
  });

  it("places every nationality the arrival form offers in one of the five regions, but the uninhabited Antarctic territories", () => {
    const codes = Object.keys(countries.getAlpha2Codes());
    const other = codes.filter((code) => worldRegionOf(code) === "Other");
    expect(other.sort()).toEqual(["AQ", "BV", "GS", "HM", "TF"]);
    expect(new Set(codes.map(worldRegionOf))).toEqual(new Set([...WORLD_REGIONS, "Other"]));
  });
});
