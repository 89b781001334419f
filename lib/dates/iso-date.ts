/** Calendar arithmetic on ISO dates (YYYY-MM-DD), in UTC so no time zone shifts a day. */
export type TIsoDate = string;

/** The calendar day of a date-only value (Postgres `date`, read as midnight UTC) or of an instant, in UTC. */
export function toIsoDate(date: Date): TIsoDate {
  return date.toISOString().slice(0, 10);
}

/** Midnight UTC of a calendar day: what Prisma writes to a Postgres `date` column. */
export function fromIsoDate(iso: TIsoDate): Date {
  return new Date(`${iso}T00:00:00Z`);
}

/** The years any date in Ankomst can fall in: Postgres has no year 0, and nobody living was born before 1900. */
export const EARLIEST_DAY = "1900-01-01";
export const LATEST_DAY = "2199-12-31";

/**
 * True for a real calendar day written YYYY-MM-DD ("2026-02-30" is not one), from 1900 to 2199:
 * "0000-01-01" and "9999-12-31" are calendar days to JavaScript, and never a date Ankomst means.
 */
export function isCalendarDate(value: string): boolean {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(value) || value < EARLIEST_DAY || value > LATEST_DAY) return false;
  const date = fromIsoDate(value);
  return !Number.isNaN(date.getTime()) && toIsoDate(date) === value;
}

const toDate = fromIsoDate;
const toIso = toIsoDate;

export function addDays(iso: TIsoDate, days: number): TIsoDate {
  const date = toDate(iso);
  date.setUTCDate(date.getUTCDate() + days);
  return toIso(date);
}

/** Adds months, clamped to the month's last day: 31 January + 1 month = 28/29 February. */
export function addMonths(iso: TIsoDate, months: number): TIsoDate {
  const date = toDate(iso);
  const day = date.getUTCDate();
  date.setUTCDate(1);
  date.setUTCMonth(date.getUTCMonth() + months);
  const lastDay = new Date(Date.UTC(date.getUTCFullYear(), date.getUTCMonth() + 1, 0)).getUTCDate();
  date.setUTCDate(Math.min(day, lastDay));
  return toIso(date);
}

/** The birthday in a given year; a 29 February birthday falls on 28 February in other years. */
export function birthdayInYear(birth: TIsoDate, year: number): TIsoDate {
  const [, month, day] = birth.split("-").map(Number) as [number, number, number];
  const lastDay = new Date(Date.UTC(year, month, 0)).getUTCDate();
  return toIso(new Date(Date.UTC(year, month - 1, Math.min(day, lastDay))));
}

/** Completed years of age on a date. */
export function ageOn(birth: TIsoDate, on: TIsoDate): number {
  const years = Number(on.slice(0, 4)) - Number(birth.slice(0, 4));
  return on < birthdayInYear(birth, Number(on.slice(0, 4))) ? years - 1 : years;
}

export function laterOf(a: TIsoDate, b: TIsoDate): TIsoDate {
  return a > b ? a : b;
}

const dayFormats = new Map<string, Intl.DateTimeFormat>();

/**
 * A calendar day written for a locale ("23 Nov 2026"), for long lists: one formatter per locale
 * and style for the process, where next-intl's `format.dateTime` makes its formatters per request.
 */
export function formatDay(date: Date, locale: string, dateStyle: "medium" | "long" = "medium"): string {
  const key = `${locale}|${dateStyle}`;
  let format = dayFormats.get(key);
  if (!format) {
    format = new Intl.DateTimeFormat(locale, { dateStyle, timeZone: "UTC" });
    dayFormats.set(key, format);
  }
  return format.format(date);
}

/** The calendar day in Denmark of an instant: a tick at 00:30 Danish time belongs to that Danish day. */
export function danishDayOf(instant: Date): TIsoDate {
  return new Intl.DateTimeFormat("sv-SE", { timeZone: "Europe/Copenhagen" }).format(instant);
}
