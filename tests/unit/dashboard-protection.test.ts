import { describe, expect, it } from "vitest";
import { buildDashboard, type TDashboard, type TStatTable } from "@/lib/stats/dashboard";
import { ARRIVAL_DIMENSIONS, type TPeriodCounts } from "@/lib/stats/read-counts";
import type { TProtectedCount } from "@/lib/stats/suppress-table";
import { worldRegionOf } from "@/lib/stats/world-regions";
import { STEP_KEYS } from "@/lib/steps/step-keys";
import { createRandom } from "@/scripts/seeds/synthetic-arrivals";
import { recoverByArithmetic } from "../support/recover-by-arithmetic";

// Countries of every world region, and Antarctica ("Other"), so that every region can be small.
const NATIONALITIES = ["DE", "PL", "SE", "UA", "IN", "CN", "SY", "US", "BR", "NG", "ER", "AU", "AQ"];
const BASES = ["EU_EEA_SWISS", "WORK_PERMIT", "REFUGEE", "STUDENT", "NORDIC"];
const STEPS = ["cpr-registration", "library", "school-enrolment"];

/** A small, consistent set of counts: a handful of arrivals, so that small numbers are everywhere. */
function randomCounts(random: () => number, months: string[]): TPeriodCounts {
  const byDimension = Object.fromEntries(ARRIVAL_DIMENSIONS.map((dimension) => [dimension, new Map<string, number>()])) as TPeriodCounts["byDimension"];
  const byMonth = new Map(months.map((month) => [month, 0]));
  const add = (map: Map<string, number>, key: string) => map.set(key, (map.get(key) ?? 0) + 1);
  const pick = <T>(values: readonly T[]) => values[Math.floor(random() * values.length)]!;
  const arrivals = Math.floor(random() * 45);
  for (let index = 0; index < arrivals; index++) {
    add(byDimension.arrivals, "");
    add(byMonth, pick(months));
    add(byDimension.nationality, random() < 0.5 ? pick(NATIONALITIES.slice(0, 3)) : pick(NATIONALITIES));
    add(byDimension.basis, pick(BASES));
    add(byDimension.language, pick(["da", "en", "de"]));
    add(byDimension.persons, "adults");
    if (random() < 0.4) add(byDimension.persons, "spouses");
    if (random() < 0.3) add(byDimension.persons, pick(["child-0-2", "child-3-5", "child-6-16", "child-17-plus"]));
    if (random() < 0.8) add(byDimension["cpr-days"], String(Math.floor(random() * 30)));
    for (const step of STEPS) {
      if (random() < 0.7) {
        add(byDimension["step-applies"], step);
        if (random() < 0.6) add(byDimension["step-ticked"], step);
      }
    }
  }
  return {
    byDimension,
    byMonth,
    events: {
      "packet.generate": Math.floor(random() * 9),
      "link.open": Math.floor(random() * 9),
      "packet.download": 0,
      "reminder.send": Math.floor(random() * 9),
      "reminder.ticked": Math.floor(random() * 9),
    },
    fingerprint: "",
  };
}

const asTable = (table: TStatTable, column: "current" | "earlier") => ({
  cells: table.rows.map((row) => row.counts[column]),
  total: table.total ? table.total[column] : ({ kind: "hidden" } as TProtectedCount),
});

function everyShownCount(dashboard: TDashboard): number[] {
  return [...JSON.stringify(dashboard).matchAll(/"kind":"shown","value":(\d+)/g)].map((match) => Number(match[1]));
}

describe("the dashboard's protection of small counts", () => {
  const months = ["2026-01", "2026-02", "2026-03", "2026-04"];
  const random = createRandom(21);
  const dashboards = Array.from({ length: 400 }, () => {
    const current = randomCounts(random, months);
    const earlier = randomCounts(random, ["2025-01", "2025-02", "2025-03", "2025-04"]);
    return {
      current,
      earlier,
      dashboard: buildDashboard({
        period: { from: "2026-01-01", to: "2026-04-30" },
        earlierPeriod: { from: "2025-01-01", to: "2025-04-30" },
        current,
        earlier,
        today: "2026-04-30",
        steps: STEP_KEYS.map((key) => ({ key, title: key })),
        schoolStarts: new Map([
          [2026, Math.floor(random() * 7)],
          [2027, Math.floor(random() * 7)],
        ]),
      }),
    };
  });

  it("never shows a count from 1 to 4, in any table or column (400 random small municipalities)", () => {
    for (const { dashboard } of dashboards) for (const value of everyShownCount(dashboard)) expect(value === 0 || value >= 5).toBe(true);
  });

  it("leaves no suppressed count that arithmetic recovers from a table, its total or the total another table shows", () => {
    for (const { dashboard, current, earlier } of dashboards) {
      for (const [column, counts] of [
        ["current", current],
        ["earlier", earlier],
      ] as const) {
        const arrivals = counts.byDimension.arrivals.get("") ?? 0;
        const totalShownSomewhere = ["months", "region", "basis", "language"].some((id) => dashboard.tables[id as "months"].total?.[column].kind === "shown");
        for (const id of ["months", "region", "basis", "language", "persons", "school-start"] as const) {
          const known = id === "persons" || id === "school-start" || !totalShownSomewhere ? undefined : arrivals;
          expect(recoverByArithmetic(asTable(dashboard.tables[id], column), known), `${id} ${column}`).toEqual([]);
        }
      }
    }
  });

  it("protects each region's nationalities against the region's count, and shows none under a region that is not shown", () => {
    for (const { dashboard } of dashboards) {
      for (const column of ["current", "earlier"] as const) {
        for (const regionRow of dashboard.tables.region.rows) {
          const rows = dashboard.tables.nationality.rows.filter((row) => row.group === regionRow.key);
          if (rows.length === 0) continue;
          const region = regionRow.counts[column];
          if (region.kind !== "shown") {
            for (const row of rows) expect(row.counts[column].kind).toBe("withheld");
            continue;
          }
          expect(recoverByArithmetic({ cells: rows.map((row) => row.counts[column]), total: region })).toEqual([]);
        }
      }
    }
  });

  it("shows a change and a share only from counts that are shown", () => {
    for (const { dashboard } of dashboards) {
      for (const table of Object.values(dashboard.tables)) {
        for (const row of [...table.rows, ...(table.total ? [table.total] : [])]) {
          const counts = "counts" in row ? row.counts : row;
          if (counts.changePercent !== null) {
            expect(counts.current.kind).toBe("shown");
            expect(counts.earlier.kind).toBe("shown");
          }
        }
      }
      for (const share of [...dashboard.steps.current, ...dashboard.steps.earlier]) {
        if (share.sharePercent === null) continue;
        expect(share.applies.kind).toBe("shown");
        expect(share.ticked.kind).toBe("shown");
        const [applies, ticked] = [share.applies, share.ticked].map((count) => (count.kind === "shown" ? count.value : -1));
        expect(applies! - ticked! === 0 || applies! - ticked! >= 5).toBe(true);
      }
    }
  });

  it("groups the countries outside the top ten by their world region", () => {
    const { dashboard } = dashboards.find(({ current }) => current.byDimension.nationality.size > 3)!;
    for (const row of dashboard.tables.nationality.rows) {
      expect(row.key.startsWith("other:") ? row.key.slice(6) : worldRegionOf(row.key)).toBe(row.group);
    }
  });
});
