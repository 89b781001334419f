import { spreadsheetCsv } from "@/lib/csv/spreadsheet-csv";
import type { TLocale } from "@/lib/i18n/routing";
import type { TCompared, TDashboard, TStatTableId, TStepShare } from "./dashboard";
import type { TDashboardLabels } from "./dashboard-labels";
import type { TProtectedCount } from "./suppress-table";

/** A cell: a count as a number (formatted on the page, plain in a CSV), anything else as text. */
export type TCell = string | number;

/** One table of the dashboard as rows of cells: the page's data table and its CSV file both come from this. */
export type TTableMatrix = { head: string[]; body: TCell[][]; foot: TCell[] | null };

const countCell = (count: TProtectedCount, labels: TDashboardLabels): TCell => (count.kind === "shown" ? count.value : labels.count(count));

const comparedCells = (counts: TCompared, labels: TDashboardLabels): TCell[] => [
  countCell(counts.current, labels),
  countCell(counts.earlier, labels),
  labels.change(counts.changePercent),
];

function stepCells(share: TStepShare | undefined, labels: TDashboardLabels): TCell[] {
  if (!share) return [0, 0, 0, labels.percent(null)];
  return [countCell(share.applies, labels), countCell(share.ticked, labels), countCell(share.tickedAtCounter, labels), labels.percent(share.sharePercent)];
}

export function tableMatrix(dashboard: TDashboard, id: TStatTableId, labels: TDashboardLabels): TTableMatrix {
  const { t } = labels;
  const compareHead = [labels.rowHeader(id), t("columns.period"), t("columns.earlier"), t("columns.change")];
  if (id === "cpr") {
    const { registered, medianDays } = dashboard.cpr;
    const median = (days: number | null) => (days === null ? t("withheld") : labels.days(days));
    return {
      head: compareHead,
      body: [
        [t("figures.registered"), ...comparedCells(registered, labels)],
        [t("figures.medianDays"), median(medianDays.current), median(medianDays.earlier), ""],
      ],
      foot: null,
    };
  }
  if (id === "steps") {
    const earlier = (key: string) => dashboard.steps.earlier.find((share) => share.key === key);
    const later = `(${t("columns.earlier").toLowerCase()})`;
    return {
      head: [
        labels.rowHeader(id),
        t("columns.applies"),
        t("columns.ticked"),
        t("columns.atCounter"),
        t("columns.share"),
        `${t("columns.applies")} ${later}`,
        `${t("columns.ticked")} ${later}`,
        `${t("columns.atCounter")} ${later}`,
        `${t("columns.share")} ${later}`,
      ],
      body: dashboard.steps.current.map((share) => [share.title, ...stepCells(share, labels), ...stepCells(earlier(share.key), labels)]),
      foot: null,
    };
  }
  const table = dashboard.tables[id];
  return {
    head: compareHead,
    body: table.rows.map((row) => [labels.row(id, row.key), ...comparedCells(row.counts, labels)]),
    foot: table.total ? [t("columns.total"), ...comparedCells(table.total, labels)] : null,
  };
}

/** A table as CSV for a spreadsheet (lib/csv/spreadsheet-csv.ts). */
export function tableCsv(matrix: TTableMatrix, locale: TLocale): string {
  return spreadsheetCsv([matrix.head, ...matrix.body, ...(matrix.foot ? [matrix.foot] : [])], locale);
}

/** "ankomst-herning-nationality-2026-01-01_2026-11-23.csv" */
export function tableCsvFileName(options: { municipalitySlug: string; id: TStatTableId; from: string; to: string }): string {
  return `ankomst-${options.municipalitySlug}-${options.id}-${options.from}_${options.to}.csv`;
}
