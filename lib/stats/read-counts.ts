import { createHash } from "node:crypto";
import { addDays, addMonths, fromIsoDate, type TIsoDate, toIsoDate } from "@/lib/dates/iso-date";
import type { PrismaClient } from "@/lib/db-client";
import type { TPeriod } from "./period";

/** The dimensions the rollup triggers count per arrival day (see the statistics_rollups migration). */
export const ARRIVAL_DIMENSIONS = [
  "arrivals",
  "nationality",
  "basis",
  "language",
  "persons",
  "school-start",
  "cpr-days",
  "step-applies",
  "step-ticked",
  // Of those, ticked by a caseworker at the counter on the newcomer's behalf.
  "step-ticked-counter",
] as const;
export type TArrivalDimension = (typeof ARRIVAL_DIMENSIONS)[number];

export const COUNTED_EVENTS = ["packet.generate", "link.open", "packet.download", "reminder.send"] as const;
export type TCountedEvent = (typeof COUNTED_EVENTS)[number];
/** The events table's rows: the counted events, and the reminded steps the newcomer ticked afterwards. */
export const EVENT_ROWS = [...COUNTED_EVENTS, "reminder.ticked"] as const;
export type TEventRow = (typeof EVENT_ROWS)[number];

/** Raw (unprotected) counts of one municipality's arrivals in a period. Never shown as they are. */
export type TPeriodCounts = {
  byDimension: Record<TArrivalDimension, Map<string, number>>;
  /** Arrivals per calendar month ("2026-03"), for the months the period touches. */
  byMonth: Map<string, number>;
  events: Record<TEventRow, number>;
  /**
   * Names the period's records: a digest of its arrivals per month (whole months) and per day (the
   * days around them). Two periods over the same arrivals share it; one more arrival changes it.
   * The dashboard's noise is keyed by it (lib/stats/cell-noise.ts).
   */
  fingerprint: string;
};

const firstOfMonth = (day: TIsoDate): TIsoDate => `${day.slice(0, 7)}-01`;

/**
 * Splits a period into whole months (read from the monthly rollup) and the days before and after
 * them (read from the daily rollup): a ten-year period reads 120 month rows per key, not 3,650 days.
 */
export function splitPeriod(period: TPeriod): { months: { from: TIsoDate; toExclusive: TIsoDate } | null; days: { from: TIsoDate; to: TIsoDate }[] } {
  const monthsFrom = period.from === firstOfMonth(period.from) ? period.from : addMonths(firstOfMonth(period.from), 1);
  const dayAfter = addDays(period.to, 1);
  const monthsTo = dayAfter === firstOfMonth(dayAfter) ? dayAfter : firstOfMonth(period.to);
  if (monthsFrom >= monthsTo) return { months: null, days: [{ from: period.from, to: period.to }] };
  const days = [
    ...(period.from < monthsFrom ? [{ from: period.from, to: addDays(monthsFrom, -1) }] : []),
    ...(monthsTo <= period.to ? [{ from: monthsTo, to: period.to }] : []),
  ];
  return { months: { from: monthsFrom, toExclusive: monthsTo }, days };
}

const emptyDimensions = () => Object.fromEntries(ARRIVAL_DIMENSIONS.map((dimension) => [dimension, new Map<string, number>()])) as TPeriodCounts["byDimension"];

function add(map: Map<string, number>, key: string, count: number) {
  map.set(key, (map.get(key) ?? 0) + count);
}

/** One municipality's counts for a period, from the rollups (a handful of indexed reads). */
export async function readPeriodCounts(db: PrismaClient, options: { municipalityId: string; period: TPeriod }): Promise<TPeriodCounts> {
  const { municipalityId, period } = options;
  const split = splitPeriod(period);
  const dayRanges = split.days.map((range) => ({ day: { gte: fromIsoDate(range.from), lte: fromIsoDate(range.to) } }));
  const [monthTotals, dayTotals, monthSeries, daySeries, events] = await Promise.all([
    split.months
      ? db.statsArrivalMonth.groupBy({
          by: ["dimension", "key"],
          where: { municipalityId, month: { gte: fromIsoDate(split.months.from), lt: fromIsoDate(split.months.toExclusive) } },
          _sum: { count: true },
        })
      : [],
    dayRanges.length > 0 ? db.statsArrivalDay.groupBy({ by: ["dimension", "key"], where: { municipalityId, OR: dayRanges }, _sum: { count: true } }) : [],
    split.months
      ? db.statsArrivalMonth.findMany({
          where: { municipalityId, dimension: "arrivals", month: { gte: fromIsoDate(split.months.from), lt: fromIsoDate(split.months.toExclusive) } },
          select: { month: true, count: true },
        })
      : [],
    dayRanges.length > 0
      ? db.statsArrivalDay.findMany({ where: { municipalityId, dimension: "arrivals", OR: dayRanges }, select: { day: true, count: true } })
      : [],
    db.statsEventDay.groupBy({
      by: ["action"],
      where: { municipalityId, action: { in: [...COUNTED_EVENTS] }, day: { gte: fromIsoDate(period.from), lte: fromIsoDate(period.to) } },
      _sum: { count: true },
    }),
  ]);
  // Reminded steps of the period that were ticked after their reminder: few rows, read directly.
  const [{ ticked }] = await db.$queryRaw<[{ ticked: number }]>`
    SELECT count(*)::int AS ticked FROM "ReminderDelivery" r
      JOIN "StepProgress" p ON p."arrivalId" = r."arrivalId" AND p."stepKey" = r."stepKey"
       AND p."householdMemberId" IS NOT DISTINCT FROM r."householdMemberId" AND p."completedAt" > r."sentAt"
     WHERE r."municipalityId" = ${municipalityId}::uuid AND r.status = 'SENT'
       AND (r."sentAt" AT TIME ZONE 'Europe/Copenhagen')::date BETWEEN ${fromIsoDate(period.from)}::date AND ${fromIsoDate(period.to)}::date`;

  const byDimension = emptyDimensions();
  for (const row of [...monthTotals, ...dayTotals]) {
    const map = byDimension[row.dimension as TArrivalDimension];
    if (map) add(map, row.key, row._sum.count ?? 0);
  }
  const byMonth = new Map<string, number>();
  for (let month = firstOfMonth(period.from); month <= period.to; month = addMonths(month, 1)) byMonth.set(month.slice(0, 7), 0);
  for (const row of monthSeries) add(byMonth, toIsoDate(row.month).slice(0, 7), row.count);
  for (const row of daySeries) add(byMonth, toIsoDate(row.day).slice(0, 7), row.count);
  const eventCounts = Object.fromEntries(EVENT_ROWS.map((row) => [row, 0])) as Record<TEventRow, number>;
  for (const row of events) eventCounts[row.action as TCountedEvent] = row._sum.count ?? 0;
  eventCounts["reminder.ticked"] = ticked;
  const fingerprint = createHash("sha256")
    .update(
      [...monthSeries.map((row) => `m${toIsoDate(row.month)}:${row.count}`), ...daySeries.map((row) => `d${toIsoDate(row.day)}:${row.count}`)].sort().join(","),
    )
    .digest("hex");
  return { byDimension, byMonth, events: eventCounts, fingerprint };
}

/**
 * Children in all of the municipality's registered arrivals by the year they start school (1 August
 * of the year they turn 6), for the given years: planning looks ahead, whatever period is chosen.
 */
export async function readSchoolStarts(db: PrismaClient, options: { municipalityId: string; years: number[] }): Promise<Map<number, number>> {
  const rows = await db.statsArrivalMonth.groupBy({
    by: ["key"],
    where: { municipalityId: options.municipalityId, dimension: "school-start", key: { in: options.years.map(String) } },
    _sum: { count: true },
  });
  return new Map(options.years.map((year) => [year, rows.find((row) => row.key === String(year))?._sum.count ?? 0]));
}
