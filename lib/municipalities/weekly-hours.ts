import { z } from "zod";

/** "08:00"–"23:59", on a Danish clock. */
const ZClockTime = z.string().regex(/^([01]\d|2[0-3]):[0-5]\d$/);

/** One opening on a day: from and to, the end after the start. */
export const ZOpening = z.object({ from: ZClockTime, to: ZClockTime }).refine((opening) => opening.from < opening.to, { error: "hoursOrder" });

/**
 * When an office is open, Monday first: each day's openings (none: closed that day). What the
 * packet's "when" is written from in every language, and what moves a deadline off a closed day.
 */
export const ZWeeklyHours = z.array(z.array(ZOpening).max(3)).length(7);
export type TWeeklyHours = z.infer<typeof ZWeeklyHours>;

/** Parses stored hours; anything else (never set, or malformed) is "not given". */
export function weeklyHoursOf(value: unknown): TWeeklyHours | null {
  const parsed = ZWeeklyHours.safeParse(value);
  return parsed.success ? parsed.data : null;
}
