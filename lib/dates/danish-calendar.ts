import Holidays from "date-holidays";
import { fromIsoDate, type TIsoDate } from "./iso-date";

/**
 * The days Danish public offices are closed, from date-holidays (docs/decisions/019): the public
 * holidays, and the two days shops close by law and municipal offices with them, Constitution Day
 * (5 June) and Christmas Eve. Kept per year as they are asked for.
 */
const holidays = new Holidays("DK");
const CLOSED_OBSERVANCES = new Set(["06-05", "12-24"]);
const closedDaysByYear = new Map<number, Set<TIsoDate>>();

function closedDaysOf(year: number): Set<TIsoDate> {
  let days = closedDaysByYear.get(year);
  if (!days) {
    days = new Set(
      holidays
        .getHolidays(year)
        .filter((holiday) => holiday.type === "public" || CLOSED_OBSERVANCES.has(holiday.rule))
        .map((holiday) => holiday.date.slice(0, 10)),
    );
    closedDaysByYear.set(year, days);
  }
  return days;
}

/** A Danish public holiday, or a day offices close with the shops (5 June, 24 December). */
export function isDanishHoliday(day: TIsoDate): boolean {
  return closedDaysOf(Number(day.slice(0, 4))).has(day);
}

/** Monday 0 … Sunday 6, as the Danish week counts. */
export function weekdayOf(day: TIsoDate): number {
  return (fromIsoDate(day).getUTCDay() + 6) % 7;
}

/** Monday to Friday and not a holiday. */
export function isDanishWorkingDay(day: TIsoDate): boolean {
  return weekdayOf(day) < 5 && !isDanishHoliday(day);
}

const copenhagenHour = new Intl.DateTimeFormat("en-GB", { timeZone: "Europe/Copenhagen", hour: "2-digit", hourCycle: "h23" });

/** The hour (0–23) on a Danish clock at an instant. */
export function danishHourOf(instant: Date): number {
  return Number(copenhagenHour.format(instant));
}
