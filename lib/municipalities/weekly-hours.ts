import { z } from "zod";
import { DATE_LOCALE } from "@/lib/i18n/languages";
import { localizedText } from "@/lib/i18n/localized-text";

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

const weekdayNames = new Map<string, string[]>();

/** Monday … Sunday, short, in a locale ("Mon", "man.", "Mo."). */
function shortWeekdays(locale: string): string[] {
  let names = weekdayNames.get(locale);
  if (!names) {
    const format = new Intl.DateTimeFormat(locale, { weekday: "short", timeZone: "UTC" });
    // 5 January 2026 was a Monday.
    names = Array.from({ length: 7 }, (_, day) => format.format(new Date(Date.UTC(2026, 0, 5 + day))));
    weekdayNames.set(locale, names);
  }
  return names;
}

/** "10:00" as the locale writes a time: "10.00" in Danish, "10:00" in English and German. */
function clockTime(locale: string, time: string): string {
  const [hours, minutes] = time.split(":").map(Number) as [number, number];
  return new Intl.DateTimeFormat(locale, { hour: "2-digit", minute: "2-digit", hourCycle: "h23", timeZone: "UTC" }).format(
    new Date(Date.UTC(2026, 0, 5, hours, minutes)),
  );
}

/**
 * Opening hours written out in a locale, days with the same hours run together:
 * "Mon–Wed 10:00–15:00, Thu 10:00–17:00, Fri 10:00–13:00". Closed days are left out.
 */
export function formatWeeklyHours(hours: TWeeklyHours, locale: string): string {
  const days = shortWeekdays(locale);
  const spanOf = (day: number) => hours[day]!.map((opening) => `${clockTime(locale, opening.from)}–${clockTime(locale, opening.to)}`).join(", ");
  const runs: { from: number; to: number; span: string }[] = [];
  for (let day = 0; day < 7; day++) {
    const span = spanOf(day);
    if (!span) continue;
    const last = runs.at(-1);
    if (last && last.to === day - 1 && last.span === span) last.to = day;
    else runs.push({ from: day, to: day, span });
  }
  return runs.map((run) => `${run.from === run.to ? days[run.from] : `${days[run.from]}–${days[run.to]}`} ${run.span}`).join(", ");
}

/**
 * An office's opening hours in a language, as the packet, the public page and the step's "where"
 * show them: written from its weekly hours, its note for that language after them in brackets
 * ("self-service"); only the note (the free text of before) where it has no weekly hours.
 */
export function officeHoursIn(
  office: { weeklyHours: unknown; openingHours: unknown },
  language: string,
  /** Whose note is shown when the language has none: the Danish master's, or (the public page) English's first. */
  fallbacks: readonly string[] = ["da"],
): string | null {
  const note = localizedText(office.openingHours, language, { fallbacks });
  const hours = weeklyHoursOf(office.weeklyHours);
  const written = hours ? formatWeeklyHours(hours, (DATE_LOCALE as Record<string, string>)[language] ?? language) : "";
  if (!written) return note;
  return note ? `${written} (${note})` : written;
}
