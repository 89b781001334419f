import { RESIDENCE_BASES } from "@/lib/arrivals/residence-basis";
import { addMonths, type TIsoDate } from "@/lib/dates/iso-date";
import { PACKET_LANGUAGES } from "@/lib/i18n/languages";
import { exactCounts, type TPerturb } from "./cell-noise";
import { isComparedWithYearEarlier, type TPeriod, type TTimeUnit, timeBucketOf, timeUnitOf } from "./period";
import { EVENT_ROWS, type TPeriodCounts } from "./read-counts";
import { protectTable, SMALL_COUNT_THRESHOLD, type TProtectedCount } from "./suppress-table";
import { type TWorldRegion, WORLD_REGIONS, worldRegionOf } from "./world-regions";

/**
 * The managers' dashboard as it may be shown: every count protected (docs/decisions/006), each
 * next to the same period a year earlier. The page and the CSV files are both made from this
 * model, so a CSV carries exactly what the page shows.
 */

export const STAT_TABLES = ["months", "nationality", "region", "basis", "language", "persons", "school-start", "events", "cpr", "steps"] as const;
export type TStatTableId = (typeof STAT_TABLES)[number];

/** A count next to the year-earlier count; the change only when both counts are shown. */
export type TCompared = { current: TProtectedCount; earlier: TProtectedCount; changePercent: number | null };

/** A row's key: a month "2026-03", a country code, a region, a basis, a step key... */
export type TStatRow = { key: string; counts: TCompared; group?: TWorldRegion };

export type TStatTable = { id: TStatTableId; rows: TStatRow[]; total: TCompared | null };

export type TStepShare = {
  key: string;
  /** The step's title in the reader's language, from the municipality's catalogue. */
  title: string;
  applies: TProtectedCount;
  ticked: TProtectedCount;
  /** Of the ticks, those made at the counter by a caseworker (the rest are the newcomers' own). */
  tickedAtCounter: TProtectedCount;
  sharePercent: number | null;
};

export type TDashboard = {
  period: TPeriod;
  earlierPeriod: TPeriod;
  /** The months table's rows: months, quarters or years, by the period's length. */
  timeUnit: TTimeUnit;
  /** Whether the year-earlier columns mean something (the periods do not overlap); when not, they are not shown. */
  isCompared: boolean;
  tables: Record<Exclude<TStatTableId, "steps" | "cpr">, TStatTable>;
  cpr: { registered: TCompared; medianDays: { current: number | null; earlier: number | null } };
  steps: { current: TStepShare[]; earlier: TStepShare[] };
  schoolStartMonths: TIsoDate[];
};

/** How many countries get a row of their own; the others are grouped by world region. */
export const TOP_COUNTRIES = 10;
export const PERSON_KEYS = ["adults", "child-0-2", "child-3-5", "child-6-16", "child-17-plus", "child-unknown"] as const;

const isSmall = (count: number) => count > 0 && count < SMALL_COUNT_THRESHOLD;
const primary = (count: number): TProtectedCount => (isSmall(count) ? { kind: "small" } : { kind: "shown", value: count });
const shownValue = (count: TProtectedCount) => (count.kind === "shown" ? count.value : null);

/** The change in per cent, only from two shown counts: a change next to a hidden count would reveal it. */
export function changePercent(current: TProtectedCount, earlier: TProtectedCount): number | null {
  const now = shownValue(current);
  const before = shownValue(earlier);
  if (now === null || before === null || before === 0) return null;
  return Math.round(((now - before) / before) * 100);
}

const compare = (current: TProtectedCount, earlier: TProtectedCount): TCompared => ({ current, earlier, changePercent: changePercent(current, earlier) });

/** Each column's perturbation (decision 006): the period's and the year-earlier period's. */
type TColumnNoise = { current: TPerturb; earlier: TPerturb };

/**
 * One column of a table with a total, perturbed and protected: each cell and the total carry their
 * own noise (`totalKey` names a total several tables share, so it is shown the same in each).
 */
function protectedColumn(perturb: TPerturb, id: string, keys: readonly string[], count: (key: string) => number, totalKey?: [string, string]) {
  const total = keys.reduce((sum, key) => sum + count(key), 0);
  return protectTable(
    keys.map((key) => perturb(id, key, count(key))),
    perturb(totalKey?.[0] ?? id, totalKey?.[1] ?? "total", total),
  );
}

/** A one-dimensional table with a total: both columns protected on their own (each is its own table). */
function protectedTable(
  id: TStatTableId,
  keys: readonly string[],
  current: (key: string) => number,
  earlier: (key: string) => number,
  noise: TColumnNoise,
  totalKey?: [string, string],
): TStatTable {
  const now = protectedColumn(noise.current, id, keys, current, totalKey);
  const before = protectedColumn(noise.earlier, id, keys, earlier, totalKey);
  return {
    id,
    rows: keys.map((key, index) => ({ key, counts: compare(now.cells[index]!, before.cells[index]!) })),
    total: compare(now.total, before.total),
  };
}

const countOf = (map: Map<string, number>) => (key: string) => map.get(key) ?? 0;

function regionCounts(nationalities: Map<string, number>): Map<string, number> {
  const regions = new Map<string, number>();
  for (const [code, count] of nationalities) regions.set(worldRegionOf(code), (regions.get(worldRegionOf(code)) ?? 0) + count);
  return regions;
}

const REGION_KEYS: readonly TWorldRegion[] = [...WORLD_REGIONS, "Other"];
const otherKey = (region: TWorldRegion) => `other:${region}`;

/**
 * Nationality as a two-level table: the top countries with rows of their own and, per world region,
 * the region's other countries. A region shown in the region table is the total its rows are
 * protected against; under a region that is not shown, no row is shown either (the rows would add
 * up to it).
 */
function nationalityColumn(nationalities: Map<string, number>, rowKeys: { key: string; region: TWorldRegion }[], perturb: TPerturb): TProtectedCount[] {
  const regionTable = protectedColumn(perturb, "region", REGION_KEYS, countOf(regionCounts(nationalities)), ARRIVALS_TOTAL);
  const topCodes = new Set(rowKeys.filter((row) => !row.key.startsWith("other:")).map((row) => row.key));
  const countOfRow = (key: string, region: TWorldRegion) => {
    if (!key.startsWith("other:")) return nationalities.get(key) ?? 0;
    let rest = 0;
    for (const [code, count] of nationalities) if (!topCodes.has(code) && worldRegionOf(code) === region) rest += count;
    return rest;
  };
  const cells = new Map<string, TProtectedCount>();
  REGION_KEYS.forEach((region, regionIndex) => {
    const rows = rowKeys.filter((row) => row.region === region);
    if (rows.length === 0) return;
    if (regionTable.cells[regionIndex]!.kind !== "shown") {
      for (const row of rows) cells.set(row.key, { kind: "withheld" });
      return;
    }
    // Under a shown region, its rows are protected against the region's count as shown.
    const sub = protectTable(
      rows.map((row) => perturb("nationality", row.key, countOfRow(row.key, region))),
      (regionTable.cells[regionIndex] as { value: number }).value,
    );
    for (const [index, row] of rows.entries()) cells.set(row.key, sub.cells[index]!);
  });
  return rowKeys.map((row) => cells.get(row.key)!);
}

/** World regions; a region without arrivals in either period has no row (a zero row hides nothing either). */
function regionTable(current: Map<string, number>, earlier: Map<string, number>, noise: TColumnNoise): TStatTable {
  const [now, before] = [regionCounts(current), regionCounts(earlier)];
  const keys = REGION_KEYS.filter((region) => (now.get(region) ?? 0) > 0 || (before.get(region) ?? 0) > 0 || region !== "Other");
  return protectedTable("region", keys, countOf(now), countOf(before), noise, ARRIVALS_TOTAL);
}

/** The arrivals of the period: one total, shown the same in every table of arrivals. */
const ARRIVALS_TOTAL: [string, string] = ["arrivals", ""];

function nationalityTable(current: Map<string, number>, earlier: Map<string, number>, noise: TColumnNoise): TStatTable {
  // Which countries get a row is decided on their perturbed counts too: a country's row appearing must not tell its true count.
  const top = [...current.entries()]
    .map(([code, count]) => [code, noise.current("nationality", code, count)] as const)
    .filter(([, count]) => count >= SMALL_COUNT_THRESHOLD)
    .sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]))
    .slice(0, TOP_COUNTRIES)
    .map(([code]) => code);
  const regionsPresent = new Set([...current.keys(), ...earlier.keys()].map(worldRegionOf));
  // Protected region by region; shown as a manager reads it: the top countries, largest first, then the rest by region.
  const rowKeys = REGION_KEYS.filter((region) => regionsPresent.has(region)).flatMap((region) => [
    ...top.filter((code) => worldRegionOf(code) === region).map((key) => ({ key, region })),
    { key: otherKey(region), region },
  ]);
  const now = nationalityColumn(current, rowKeys, noise.current);
  const before = nationalityColumn(earlier, rowKeys, noise.earlier);
  const order = (key: string) => (key.startsWith("other:") ? TOP_COUNTRIES + REGION_KEYS.indexOf(key.slice(6) as TWorldRegion) : top.indexOf(key));
  const rows = rowKeys
    .map((row, index) => ({ key: row.key, group: row.region, counts: compare(now[index]!, before[index]!) }))
    .sort((a, b) => order(a.key) - order(b.key));
  const total = (map: Map<string, number>, perturb: TPerturb) =>
    protectTable(
      [],
      perturb(
        ...ARRIVALS_TOTAL,
        [...map.values()].reduce((sum, count) => sum + count, 0),
      ),
    ).total;
  return {
    id: "nationality",
    rows,
    total: compare(total(current, noise.current), total(earlier, noise.earlier)),
  };
}

/** The median of a histogram {value: count}: exact, from the rollup of days from arrival to CPR. */
export function histogramMedian(histogram: Map<string, number>): number | null {
  const values = [...histogram.entries()].map(([value, count]) => [Number(value), count] as const).sort((a, b) => a[0] - b[0]);
  const total = values.reduce((sum, [, count]) => sum + count, 0);
  if (total === 0) return null;
  const valueAt = (position: number) => {
    let seen = 0;
    for (const [value, count] of values) {
      seen += count;
      if (position < seen) return value;
    }
    return values[values.length - 1]![0];
  };
  return total % 2 === 1 ? valueAt((total - 1) / 2) : (valueAt(total / 2 - 1) + valueAt(total / 2)) / 2;
}

/**
 * Who could tick each step, who did, and how many of those ticks a caseworker made at the counter.
 * A share is shown only from two shown counts, and a ticked count is hidden when the ones who did
 * not tick are 1 to 4 (the share would single them out); the counter's count likewise.
 */
function stepShares(counts: TPeriodCounts, perturb: TPerturb, steps: readonly TDashboardStep[]): TStepShare[] {
  const applies = counts.byDimension["step-applies"];
  const ticked = counts.byDimension["step-ticked"];
  const atCounter = counts.byDimension["step-ticked-counter"];
  return steps
    .filter(({ key }) => (applies.get(key) ?? 0) > 0)
    .map(({ key, title }) => {
      const all = perturb("step-applies", key, applies.get(key) ?? 0);
      const done = Math.min(perturb("step-ticked", key, ticked.get(key) ?? 0), all);
      const appliesCount = primary(all);
      const tickedCount: TProtectedCount = isSmall(all - done) && !isSmall(done) ? { kind: "withheld" } : primary(done);
      const counter = Math.min(perturb("step-ticked-counter", key, atCounter.get(key) ?? 0), done);
      // The same rule one level down: 1 to 4 newcomers who ticked themselves would be singled out.
      const counterCount: TProtectedCount = isSmall(done - counter) && !isSmall(counter) ? { kind: "withheld" } : primary(counter);
      const both = shownValue(appliesCount) !== null && shownValue(tickedCount) !== null;
      return {
        key,
        title,
        applies: appliesCount,
        ticked: tickedCount,
        tickedAtCounter: counterCount,
        sharePercent: both && all > 0 ? Math.round((done / all) * 100) : null,
      };
    });
}

/** The 12 months after the current one; the school-start count sits in August (1 August, age 6). */
export function schoolStartMonths(today: TIsoDate): TIsoDate[] {
  const thisMonth = `${today.slice(0, 7)}-01`;
  return Array.from({ length: 12 }, (_, index) => addMonths(thisMonth, index + 1));
}

export type TDashboardInput = {
  period: TPeriod;
  earlierPeriod: TPeriod;
  current: TPeriodCounts;
  earlier: TPeriodCounts;
  today: TIsoDate;
  /** Children by school-start year, for the years the 12 months and the year before them touch. */
  schoolStarts: Map<number, number>;
  /** Each column's perturbation (lib/stats/cell-noise.ts); none: the counts as they are. */
  noise?: TColumnNoise;
  /** The municipality's steps in packet order, titled in the reader's language: the steps table's rows. */
  steps: readonly TDashboardStep[];
};

export type TDashboardStep = { key: string; title: string };

export function buildDashboard(input: TDashboardInput): TDashboard {
  const { current, earlier } = input;
  const noise = input.noise ?? { current: exactCounts, earlier: exactCounts };
  const dims = (counts: TPeriodCounts) => counts.byDimension;
  const timeUnit = timeUnitOf(input.period);
  const monthsIn = new Map<string, string[]>();
  for (const month of current.byMonth.keys()) {
    const bucket = timeBucketOf(month, timeUnit);
    monthsIn.set(bucket, [...(monthsIn.get(bucket) ?? []), month]);
  }
  const earlierMonthKey = (month: string) => addMonths(`${month}-01`, -12).slice(0, 7);
  const arrivalsIn = (byMonth: Map<string, number>, monthKey: (month: string) => string) => (bucket: string) =>
    (monthsIn.get(bucket) ?? []).reduce((sum, month) => sum + (byMonth.get(monthKey(month)) ?? 0), 0);
  const personCount = (counts: TPeriodCounts) => (key: string) =>
    key === "adults" ? (dims(counts).persons.get("adults") ?? 0) + (dims(counts).persons.get("spouses") ?? 0) : (dims(counts).persons.get(key) ?? 0);
  const futureMonths = schoolStartMonths(input.today);
  const schoolCount = (yearsBack: number) => (month: string) =>
    month.slice(5, 7) === "08" ? (input.schoolStarts.get(Number(month.slice(0, 4)) - yearsBack) ?? 0) : 0;
  const eventTable = (): TStatTable => ({
    id: "events",
    rows: EVENT_ROWS.map((row) => ({
      key: row,
      counts: compare(primary(noise.current("events", row, current.events[row])), primary(noise.earlier("events", row, earlier.events[row]))),
    })),
    total: null,
  });
  const registered = (counts: TPeriodCounts) => [...dims(counts)["cpr-days"].values()].reduce((sum, count) => sum + count, 0);
  const medianIfProtected = (counts: TPeriodCounts) => (registered(counts) >= SMALL_COUNT_THRESHOLD ? histogramMedian(dims(counts)["cpr-days"]) : null);

  return {
    period: input.period,
    earlierPeriod: input.earlierPeriod,
    timeUnit,
    isCompared: isComparedWithYearEarlier(input.period),
    schoolStartMonths: futureMonths,
    tables: {
      months: protectedTable(
        "months",
        [...monthsIn.keys()],
        arrivalsIn(current.byMonth, (month) => month),
        arrivalsIn(earlier.byMonth, earlierMonthKey),
        noise,
        ARRIVALS_TOTAL,
      ),
      nationality: nationalityTable(dims(current).nationality, dims(earlier).nationality, noise),
      region: regionTable(dims(current).nationality, dims(earlier).nationality, noise),
      basis: protectedTable("basis", RESIDENCE_BASES, countOf(dims(current).basis), countOf(dims(earlier).basis), noise, ARRIVALS_TOTAL),
      language: protectedTable("language", PACKET_LANGUAGES, countOf(dims(current).language), countOf(dims(earlier).language), noise, ARRIVALS_TOTAL),
      persons: protectedTable("persons", PERSON_KEYS, personCount(current), personCount(earlier), noise),
      "school-start": protectedTable(
        "school-start",
        futureMonths.map((month) => month.slice(0, 7)),
        schoolCount(0),
        schoolCount(1),
        noise,
      ),
      events: eventTable(),
    },
    cpr: {
      registered: compare(primary(noise.current("cpr", "registered", registered(current))), primary(noise.earlier("cpr", "registered", registered(earlier)))),
      medianDays: { current: medianIfProtected(current), earlier: medianIfProtected(earlier) },
    },
    steps: { current: stepShares(current, noise.current, input.steps), earlier: stepShares(earlier, noise.earlier, input.steps) },
  };
}
