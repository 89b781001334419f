import { createTranslator } from "next-intl";
import { countryName } from "@/lib/countries/country-options";
import type { TIsoDate } from "@/lib/dates/iso-date";
import { STAFF_MESSAGES } from "@/lib/i18n/all-messages";
import { DATE_LOCALE } from "@/lib/i18n/languages";
import type { TLocale } from "@/lib/i18n/routing";
import type { TStatTableId } from "./dashboard";
import type { TPeriodError, TTimeUnit } from "./period";
import type { TProtectedCount } from "./suppress-table";

const EVENT_MESSAGE_KEYS = {
  "packet.generate": "packetGenerate",
  "link.open": "linkOpen",
  "packet.download": "packetDownload",
  "reminder.send": "reminderSend",
  "reminder.ticked": "reminderTicked",
} as const;

/**
 * How the dashboard's figures read in a language: row names, counts ("<5", "–"), changes and
 * periods. The page and the CSV files use the same words, so a CSV reads as the page does.
 */
export function createDashboardLabels(locale: TLocale) {
  const t = createTranslator({ locale, messages: STAFF_MESSAGES[locale], namespace: "statistics" });
  const basis = createTranslator({ locale, messages: STAFF_MESSAGES[locale], namespace: "residenceBasis" });
  const numbers = new Intl.NumberFormat(locale);
  const percent = new Intl.NumberFormat(locale, { style: "percent", maximumFractionDigits: 0 });
  const signedPercent = new Intl.NumberFormat(locale, { style: "percent", maximumFractionDigits: 0, signDisplay: "exceptZero" });
  // English dates are British ("4 Dec 2026"), as the rest of Ankomst writes them.
  const dateLocale = DATE_LOCALE[locale];
  const monthFormat = new Intl.DateTimeFormat(dateLocale, { month: "long", year: "numeric", timeZone: "UTC" });
  const shortMonthFormat = new Intl.DateTimeFormat(dateLocale, { month: "short", timeZone: "UTC" });
  const dayFormat = new Intl.DateTimeFormat(dateLocale, { dateStyle: "medium", timeZone: "UTC" });
  const languageNames = new Intl.DisplayNames([locale], { type: "language" });

  const month = (key: string) => monthFormat.format(new Date(`${key}-01T00:00:00Z`));
  const day = (iso: TIsoDate) => dayFormat.format(new Date(`${iso}T00:00:00Z`));
  /** A row of the arrivals over time: a month "2026-05", a quarter "2026-Q2" or a year "2026". */
  const timeRow = (key: string) => {
    if (key.length === 4) return key;
    if (key.includes("-Q")) return t("quarter", { quarter: key.slice(6), year: key.slice(0, 4) });
    return month(key);
  };
  const byUnit = (id: TStatTableId, unit: TTimeUnit) => (id === "months" && unit !== "month" ? (unit === "quarter" ? "monthsQuarter" : "monthsYear") : id);
  const region = (key: string) => t(`regions.${key as keyof (typeof STAFF_MESSAGES.en)["statistics"]["regions"]}`);

  return {
    t,
    number: (value: number) => numbers.format(value),
    count: (count: TProtectedCount) => (count.kind === "shown" ? numbers.format(count.value) : count.kind === "small" ? t("suppressed") : t("withheld")),
    change: (changePercent: number | null) => (changePercent === null ? "" : changePercent === 0 ? t("noChange") : signedPercent.format(changePercent / 100)),
    percent: (value: number | null) => (value === null ? t("withheld") : percent.format(value / 100)),
    days: (value: number) => t("days", { count: value }),
    day,
    /** Why a custom period was not used, naming today's date where the rule is about it. */
    periodError: (error: TPeriodError, today: TIsoDate) => t(`periodErrors.${error}`, { today: day(today) }),
    month,
    shortMonth: (key: string) => shortMonthFormat.format(new Date(`${key}-01T00:00:00Z`)),
    tableTitle: (id: TStatTableId, unit: TTimeUnit = "month") => t(`tables.${byUnit(id, unit)}`),
    rowHeader: (id: TStatTableId, unit: TTimeUnit = "month") => t(`rowHeaders.${byUnit(id, unit)}`),
    /** The name of a row of a table: a month, a country, a region... */
    row(id: TStatTableId, key: string): string {
      switch (id) {
        case "months":
          return timeRow(key);
        case "school-start":
          return month(key);
        case "nationality":
          return key.startsWith("other:") ? t("otherCountriesIn", { region: region(key.slice(6)) }) : countryName(key, locale);
        case "region":
          return region(key);
        case "basis":
          return basis(key as keyof (typeof STAFF_MESSAGES.en)["residenceBasis"]);
        case "language":
          return languageNames.of(key) ?? key;
        case "persons":
          return t(`persons.${key as keyof (typeof STAFF_MESSAGES.en)["statistics"]["persons"]}`);
        case "events":
          return t(`events.${EVENT_MESSAGE_KEYS[key as keyof typeof EVENT_MESSAGE_KEYS]}`);
        default:
          return key;
      }
    },
  };
}

export type TDashboardLabels = ReturnType<typeof createDashboardLabels>;
