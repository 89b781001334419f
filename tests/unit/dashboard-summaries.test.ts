import { describe, expect, it } from "vitest";
import type { TDashboard, TStatTable } from "@/lib/stats/dashboard";
import { createDashboardLabels } from "@/lib/stats/dashboard-labels";
import { tableSummary } from "@/lib/stats/dashboard-summaries";
import type { TProtectedCount } from "@/lib/stats/suppress-table";

const shown = (value: number): TProtectedCount => ({ kind: "shown", value });
const row = (key: string, current: TProtectedCount) => ({ key, counts: { current, earlier: shown(0), changePercent: null } });
/** Only the table the summary reads: the rest of the dashboard plays no part in it. */
const dashboardWith = (table: TStatTable) => ({ tables: { [table.id]: table } }) as unknown as TDashboard;

describe("the sentence above the nationality chart", () => {
  it("names the largest country shown, not a leftover group of the countries too small to show", () => {
    const table: TStatTable = {
      id: "nationality",
      rows: [row("UA", shown(31)), row("DE", shown(12)), row("other:Europe", shown(58)), row("SY", { kind: "small" })],
      total: { current: shown(101), earlier: shown(0), changePercent: null },
    };
    expect(tableSummary(dashboardWith(table), "nationality", createDashboardLabels("en"))).toBe("Largest nationality: Ukraine (31).");
    expect(tableSummary(dashboardWith(table), "nationality", createDashboardLabels("de"))).toBe("Größte Staatsangehörigkeit: Ukraine (31).");
  });

  it("says so when no single country is large enough to be shown", () => {
    const table: TStatTable = {
      id: "nationality",
      rows: [row("SY", { kind: "small" }), row("other:Asia", shown(7))],
      total: { current: shown(9), earlier: shown(0), changePercent: null },
    };
    expect(tableSummary(dashboardWith(table), "nationality", createDashboardLabels("da"))).toBe(
      "Ingen enkelt nationalitet har ankomster nok til at blive vist for sig selv; de tælles efter verdensregion.",
    );
  });
});
