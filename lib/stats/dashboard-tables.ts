import { spreadsheetCsv } from "@/lib/csv/spreadsheet-csv";
import type { TLocale } from "@/lib/i18n/routing";
import type { TCompared, TDashboard, TStatTableId, TStepShare } from "./dashboard";
import type { TDashboardLabels } from "./dashboard-labels";
import type { TProtectedCount } from "./suppress-table";

/**
 * A cell: text, a plain number, a protected count, a share or a change in per cent. The page writes
 * counts as a reader reads them ("1,234", "<5", "+14 %"); the CSV writes them as numbers a
 * spreadsheet can sum, with why a count is not shown in a column of its own.
 */
export type TCell = string | number | { count: TProtectedCount } | { percent: number | null } | { change: number | null };

/** One table of the dashboard as rows of cells: the page's data table and its CSV file both come from this. */
export type TTableMatrix = { head: string[]; body: TCell[][]; foot: TCell[] | null };

const countCell = (count: TProtectedCount): TCell => ({ count });

const comparedCells = (counts: TCompared, isCompared: boolean): TCell[] =>
  isCompared ? [countCell(counts.current), countCell(counts.earlier), { change: counts.changePercent }] : [countCell(counts.current)];

function stepCells(share: TStepShare | undefined): TCell[] {
  if (!share) return [0, 0, 0, { percent: null }];
  return [countCell(share.applies), countCell(share.ticked), countCell(share.tickedAtCounter), { percent: share.sharePercent }];
}

/** A cell as the page shows it. */
export function cellText(cell: TCell, labels: TDashboardLabels): string {
  if (typeof cell === "string") return cell;
  if (typeof cell === "number") return labels.number(cell);
  if ("count" in cell) return labels.count(cell.count);
  if ("percent" in cell) return labels.percent(cell.percent);
  return labels.change(cell.change);
}

export function tableMatrix(dashboard: TDashboard, id: TStatTableId, labels: TDashboardLabels): TTableMatrix {
  const { t } = labels;
  const { isCompared } = dashboard;
  const compareHead = [labels.rowHeader(id, dashboard.timeUnit), t("columns.period"), ...(isCompared ? [t("columns.earlier"), t("columns.change")] : [])];
  if (id === "cpr") {
    const { registered, medianDays } = dashboard.cpr;
    const median = (days: number | null) => (days === null ? t("withheld") : labels.days(days));
    return {
      head: compareHead,
      body: [
        [t("figures.registered"), ...comparedCells(registered, isCompared)],
        [t("figures.medianDays"), median(medianDays.current), ...(isCompared ? [median(medianDays.earlier), ""] : [])],
      ],
      foot: null,
    };
  }
  if (id === "steps") {
    const earlier = (key: string) => dashboard.steps.earlier.find((share) => share.key === key);
    const later = `(${t("columns.earlier").toLowerCase()})`;
    const columns = [t("columns.applies"), t("columns.ticked"), t("columns.atCounter"), t("columns.share")];
    return {
      head: [labels.rowHeader(id), ...columns, ...(isCompared ? columns.map((column) => `${column} ${later}`) : [])],
      body: dashboard.steps.current.map((share) => [share.title, ...stepCells(share), ...(isCompared ? stepCells(earlier(share.key)) : [])]),
      foot: null,
    };
  }
  const table = dashboard.tables[id];
  return {
    head: compareHead,
    body: table.rows.map((row) => [labels.row(id, row.key), ...comparedCells(row.counts, isCompared)]),
    foot: table.total ? [t("columns.total"), ...comparedCells(table.total, isCompared)] : null,
  };
}

/**
 * The matrix as a spreadsheet wants it: every count, share and change a number (or empty), a count
 * column followed by a column saying why a cell is empty ("from 1 to 4", "held back").
 */
export function spreadsheetRows(matrix: TTableMatrix, labels: TDashboardLabels): (string | number)[][] {
  const { t } = labels;
  const rows = [...matrix.body, ...(matrix.foot ? [matrix.foot] : [])];
  const columnsHolding = (kind: "count" | "change") =>
    matrix.head.map((_, index) => rows.some((row) => typeof row[index] === "object" && row[index] !== null && kind in row[index]));
  const [isCountColumn, isChangeColumn] = [columnsHolding("count"), columnsHolding("change")];
  const head = matrix.head.flatMap((header, index) =>
    isCountColumn[index] ? [header, t("columns.flag", { column: header })] : isChangeColumn[index] ? [t("columns.changePercent")] : [header],
  );
  const flag = (count: TProtectedCount) => (count.kind === "shown" ? "" : count.kind === "small" ? t("flags.small") : t("flags.withheld"));
  const spreadsheetCells = (cell: TCell, index: number): (string | number)[] => {
    if (typeof cell !== "object") return isCountColumn[index] ? [cell, ""] : [cell];
    if ("count" in cell) return [cell.count.kind === "shown" ? cell.count.value : "", flag(cell.count)];
    if ("percent" in cell) return [cell.percent ?? ""];
    return [cell.change ?? ""];
  };
  return [head, ...rows.map((row) => row.flatMap(spreadsheetCells))];
}

/** A table as CSV for a spreadsheet (lib/csv/spreadsheet-csv.ts). */
export function tableCsv(matrix: TTableMatrix, labels: TDashboardLabels, locale: TLocale): string {
  return spreadsheetCsv(spreadsheetRows(matrix, labels), locale);
}

/** "ankomst-herning-nationality-2026-01-01_2026-11-23.csv" */
export function tableCsvFileName(options: { municipalitySlug: string; id: TStatTableId; from: string; to: string }): string {
  return `ankomst-${options.municipalitySlug}-${options.id}-${options.from}_${options.to}.csv`;
}
