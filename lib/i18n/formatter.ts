import { createFormatter } from "next-intl";
import { DATE_LOCALE, isSiteLanguage, type TSiteLanguage } from "./languages";

/** Staff and newcomers are in Denmark: times are Copenhagen's, whichever server renders them. */
export const DISPLAY_TIME_ZONE = "Europe/Copenhagen";

/**
 * next-intl formats by the route's locale, and plain "en" writes American dates and a 12-hour clock
 * ("Dec 4, 2026, 7:59 PM"). Ankomst's English is British, as the packet's and as Danish users expect
 * ("4 Dec 2026, 19:59"): every date and time on a page goes through the language's date locale.
 */
export function dateFormatterFor(language: string) {
  const siteLanguage: TSiteLanguage = isSiteLanguage(language) ? language : "da";
  // next-intl types a locale as one of the site's languages (global.d.ts); Intl takes any BCP 47 tag.
  const dateLocale = DATE_LOCALE[siteLanguage] as unknown as TSiteLanguage;
  return createFormatter({ locale: dateLocale, timeZone: DISPLAY_TIME_ZONE });
}
