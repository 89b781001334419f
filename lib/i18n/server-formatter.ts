import { getLocale } from "next-intl/server";
import { dateFormatterFor } from "./formatter";

/** The request's formatter, with the language's date locale (see `dateFormatterFor`). */
export async function getDateFormatter(language?: string) {
  return dateFormatterFor(language ?? (await getLocale()));
}
