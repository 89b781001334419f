import { z } from "zod";
import { addDays, addMonths, isCalendarDate, type TIsoDate, toIsoDate } from "@/lib/dates/iso-date";

/** A statistics period: both days included. */
export type TPeriod = { from: TIsoDate; to: TIsoDate };

export const PERIOD_PRESETS = ["this-year", "last-12-months", "custom"] as const;
export type TPeriodPreset = (typeof PERIOD_PRESETS)[number];

/** The longest custom period: the synthetic data and the retention horizon span ten years. */
const MAX_YEARS = 10;

/** The period a preset names, on a given day. */
export function presetPeriod(preset: Exclude<TPeriodPreset, "custom">, today: Date): TPeriod {
  const day = toIsoDate(today);
  if (preset === "this-year") return { from: `${day.slice(0, 4)}-01-01`, to: day };
  return { from: addDays(addMonths(day, -12), 1), to: day };
}

/** The same period a year earlier, for comparison (29 February becomes 28 February). */
export function yearEarlier(period: TPeriod): TPeriod {
  return { from: addMonths(period.from, -12), to: addMonths(period.to, -12) };
}

/** How the arrivals over time are grouped: a manager reads 24 months, 20 quarters or 10 years, not 120 months. */
export type TTimeUnit = "month" | "quarter" | "year";

/** The calendar months a period touches, both ends included. */
export function monthsTouched(period: TPeriod): number {
  const index = (day: TIsoDate) => Number(day.slice(0, 4)) * 12 + Number(day.slice(5, 7));
  return index(period.to) - index(period.from) + 1;
}

export function timeUnitOf(period: TPeriod): TTimeUnit {
  const months = monthsTouched(period);
  return months <= 24 ? "month" : months <= 60 ? "quarter" : "year";
}

/** The row a month "2026-05" falls in: itself, its quarter "2026-Q2" or its year "2026". */
export function timeBucketOf(month: string, unit: TTimeUnit): string {
  if (unit === "month") return month;
  if (unit === "year") return month.slice(0, 4);
  return `${month.slice(0, 4)}-Q${Math.ceil(Number(month.slice(5, 7)) / 3)}`;
}

/**
 * The same period a year earlier means something only when the two do not overlap: ten years
 * compared with the ten years one year before are nine years compared with themselves.
 */
export function isComparedWithYearEarlier(period: TPeriod): boolean {
  return yearEarlier(period).to < period.from;
}

/** A date as typed into the form: kept as typed (up to a date's length), so the form shows it back and says what is wrong with it. */
const typedDay = z
  .string()
  .trim()
  .transform((value) => value.slice(0, 10) || undefined);

/**
 * The period chosen in the dashboard's URL. A malformed preset falls back to this year; a custom
 * range must be real days, in order, at most ten years long and not in the future.
 */
export const ZPeriodQuery = z
  .object({
    period: z.enum(PERIOD_PRESETS).catch("this-year"),
    from: typedDay.optional().catch(undefined),
    to: typedDay.optional().catch(undefined),
  })
  .catch({ period: "this-year", from: undefined, to: undefined });

export type TPeriodQuery = z.infer<typeof ZPeriodQuery>;

/** Why a custom range cannot be used, each said in its own words, and the field it is about. */
export const PERIOD_ERRORS = {
  fromMissing: "from",
  toMissing: "to",
  fromNotADay: "from",
  toNotADay: "to",
  endBeforeStart: "to",
  endAfterToday: "to",
  tooLong: "from",
} as const satisfies Record<string, "from" | "to">;
export type TPeriodError = keyof typeof PERIOD_ERRORS;

/** The first rule a custom range breaks, in the order a manager reads the form. */
function customRangeError(from: string | undefined, to: string | undefined, today: TIsoDate): TPeriodError | null {
  if (!from) return "fromMissing";
  if (!isCalendarDate(from)) return "fromNotADay";
  if (!to) return "toMissing";
  if (!isCalendarDate(to)) return "toNotADay";
  if (from > to) return "endBeforeStart";
  if (to > today) return "endAfterToday";
  if (from < addMonths(to, -12 * MAX_YEARS)) return "tooLong";
  return null;
}

/** The period to show for a query; a custom range that cannot be used shows this year, with the rule it broke. */
export function periodFromQuery(query: TPeriodQuery, today: Date): { period: TPeriod; error?: TPeriodError } {
  if (query.period !== "custom") return { period: presetPeriod(query.period, today) };
  const error = customRangeError(query.from, query.to, toIsoDate(today));
  if (error) return { period: presetPeriod("this-year", today), error };
  return { period: { from: query.from!, to: query.to! } };
}
