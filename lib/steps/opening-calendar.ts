import { isDanishHoliday, weekdayOf } from "@/lib/dates/danish-calendar";
import type { TIsoDate } from "@/lib/dates/iso-date";
import type { TWeeklyHours } from "@/lib/municipalities/weekly-hours";
import type { TOpenDay } from "./step-rules";

/**
 * Whether a step's place is open on a day: never on a Danish holiday; otherwise on the weekdays its
 * opening hours name, or Monday to Friday for a place without hours (a national body, a bank) or
 * no place at all.
 */
export function createOpenDay(hoursByPlace: ReadonlyMap<string, TWeeklyHours | null>): TOpenDay {
  return (placeId: string | null, day: TIsoDate) => {
    if (isDanishHoliday(day)) return false;
    const hours = placeId ? hoursByPlace.get(placeId) : null;
    const weekday = weekdayOf(day);
    return hours ? hours[weekday]!.length > 0 : weekday < 5;
  };
}
