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

const isoDay = z.string().refine(isCalendarDate, { error: "dateInvalid" });

/**
 * The period chosen in the dashboard's URL. Malformed or missing values fall back to this year;
 * a custom range must be real days, in order, at most ten years long and not in the future.
 */
export const ZPeriodQuery = z
  .object({
    period: z.enum(PERIOD_PRESETS).catch("this-year"),
    from: isoDay.optional().catch(undefined),
    to: isoDay.optional().catch(undefined),
  })
  .catch({ period: "this-year", from: undefined, to: undefined });

export type TPeriodQuery = z.infer<typeof ZPeriodQuery>;

/** The period to show for a query, or an error key for a custom range that cannot be used. */
export function periodFromQuery(query: TPeriodQuery, today: Date): { period: TPeriod; error?: "rangeInvalid" } {
  if (query.period !== "custom") return { period: presetPeriod(query.period, today) };
  const todayIso = toIsoDate(today);
  const { from, to } = query;
  if (!from || !to || from > to || to > todayIso || from < addMonths(to, -12 * MAX_YEARS)) {
    return { period: presetPeriod("this-year", today), error: "rangeInvalid" };
  }
  return { period: { from, to } };
}
