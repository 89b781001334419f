import { describe, expect, it } from "vitest";
import { addMonths } from "@/lib/dates/iso-date";
import { buildDashboard } from "@/lib/stats/dashboard";
import { createDashboardLabels } from "@/lib/stats/dashboard-labels";
import { spreadsheetRows, tableMatrix } from "@/lib/stats/dashboard-tables";
import { isComparedWithYearEarlier, type TPeriod, timeBucketOf, timeUnitOf, yearEarlier } from "@/lib/stats/period";
import { ARRIVAL_DIMENSIONS, type TPeriodCounts } from "@/lib/stats/read-counts";

/** Counts with `perMonth(month)` arrivals in every month of the period, and nothing else. */
function countsOf(period: TPeriod, perMonth: (month: string) => number): TPeriodCounts {
  const byDimension = Object.fromEntries(ARRIVAL_DIMENSIONS.map((dimension) => [dimension, new Map<string, number>()])) as TPeriodCounts["byDimension"];
  const byMonth = new Map<string, number>();
  for (let month = `${period.from.slice(0, 7)}-01`; month <= period.to; month = addMonths(month, 1))
    byMonth.set(month.slice(0, 7), perMonth(month.slice(0, 7)));
  const total = [...byMonth.values()].reduce((sum, count) => sum + count, 0);
  byDimension.arrivals.set("", total);
  byDimension.basis.set("WORK_PERMIT", total);
  const events = { "packet.generate": 0, "link.open": 0, "packet.download": 0, "reminder.send": 0, "reminder.ticked": 0 };
  return { byDimension, byMonth, events, fingerprint: "" };
}

function dashboardOf(period: TPeriod, perMonth: (month: string) => number) {
  const earlierPeriod = yearEarlier(period);
  return buildDashboard({
    period,
    earlierPeriod,
    current: countsOf(period, perMonth),
    earlier: countsOf(earlierPeriod, perMonth),
    today: period.to,
    steps: [],
    schoolStarts: new Map(),
  });
}

describe("arrivals over a long period", () => {
  it("are grouped by month up to two years, by quarter up to five, and by year beyond", () => {
    expect(timeUnitOf({ from: "2025-01-01", to: "2026-12-31" })).toBe("month");
    expect(timeUnitOf({ from: "2024-12-31", to: "2026-12-31" })).toBe("quarter");
    expect(timeUnitOf({ from: "2022-01-01", to: "2026-12-31" })).toBe("quarter");
    expect(timeUnitOf({ from: "2016-12-05", to: "2026-12-04" })).toBe("year");
    expect(["2026-01", "2026-03", "2026-04", "2026-12"].map((month) => timeBucketOf(month, "quarter"))).toEqual(["2026-Q1", "2026-Q1", "2026-Q2", "2026-Q4"]);
  });

  it("show ten years as eleven yearly rows (the first and last partial) that add up to the period's total", () => {
    const dashboard = dashboardOf({ from: "2016-07-01", to: "2026-06-30" }, () => 10);
    const rows = dashboard.tables.months.rows;
    expect(rows.map((row) => row.key)).toEqual(Array.from({ length: 11 }, (_, index) => String(2016 + index)));
    expect(rows.map((row) => (row.counts.current.kind === "shown" ? row.counts.current.value : null))).toEqual([60, ...Array(9).fill(120), 60]);
    expect(dashboard.tables.months.total!.current).toEqual({ kind: "shown", value: 1200 });
    const labels = createDashboardLabels("en");
    expect(labels.tableTitle("months", dashboard.timeUnit)).toBe("Arrivals per year");
    expect(tableMatrix(dashboard, "months", labels).head).toEqual(["Year", "Period"]);
  });

  it("show three years by quarter, named as a reader says them", () => {
    const dashboard = dashboardOf({ from: "2024-01-01", to: "2026-12-31" }, () => 7);
    expect(dashboard.tables.months.rows).toHaveLength(12);
    const quarter = dashboard.tables.months.rows[4]!;
    expect(quarter.counts.current).toEqual({ kind: "shown", value: 21 });
    expect(createDashboardLabels("en").row("months", quarter.key)).toBe("Q1 2025");
    expect(createDashboardLabels("da").row("months", quarter.key)).toBe("1. kvartal 2025");
    expect(createDashboardLabels("de").tableTitle("months", "quarter")).toBe("Ankünfte pro Quartal");
  });
});

describe("the year-earlier comparison", () => {
  it("is offered only when the two periods do not overlap", () => {
    expect(isComparedWithYearEarlier({ from: "2026-01-01", to: "2026-12-04" })).toBe(true);
    expect(isComparedWithYearEarlier({ from: "2025-12-05", to: "2026-12-04" })).toBe(true);
    expect(isComparedWithYearEarlier({ from: "2025-12-04", to: "2026-12-04" })).toBe(false);
    expect(isComparedWithYearEarlier({ from: "2016-12-05", to: "2026-12-04" })).toBe(false);
  });

  it("has no columns, and the summary no change, where the periods overlap", () => {
    const labels = createDashboardLabels("en");
    const decade = dashboardOf({ from: "2016-07-01", to: "2026-06-30" }, (month) => (month < "2021" ? 10 : 20));
    expect(decade.isCompared).toBe(false);
    expect(tableMatrix(decade, "basis", labels).head).toEqual(["Residence basis", "Period"]);
    const year = dashboardOf({ from: "2026-01-01", to: "2026-06-30" }, () => 10);
    expect(year.isCompared).toBe(true);
    expect(tableMatrix(year, "basis", labels).head).toEqual(["Residence basis", "Period", "A year earlier", "Change"]);
  });
});

describe("a statistics table as CSV", () => {
  it("writes counts and changes as numbers a spreadsheet sums, and why a count is not shown in a column of its own", () => {
    const labels = createDashboardLabels("en");
    const rows = spreadsheetRows(
      {
        head: ["Residence basis", "Period", "A year earlier", "Change"],
        body: [
          ["Work permit", { count: { kind: "shown", value: 242 } }, { count: { kind: "shown", value: 100 } }, { change: 142 }],
          ["Refugee", { count: { kind: "small" } }, { count: { kind: "shown", value: 12 } }, { change: null }],
          ["Student", { count: { kind: "withheld" } }, { count: { kind: "shown", value: 0 } }, { change: null }],
        ],
        foot: ["Total", { count: { kind: "shown", value: 250 } }, { count: { kind: "shown", value: 112 } }, { change: 123 }],
      },
      labels,
    );
    expect(rows).toEqual([
      ["Residence basis", "Period", "Period: not shown", "A year earlier", "A year earlier: not shown", "Change (%)"],
      ["Work permit", 242, "", 100, "", 142],
      ["Refugee", "", "from 1 to 4", 12, "", ""],
      ["Student", "", "held back", 0, "", ""],
      ["Total", 250, "", 112, "", 123],
    ]);
  });
});
