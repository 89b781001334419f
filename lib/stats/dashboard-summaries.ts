import type { TDashboard, TStatTable, TStatTableId } from "./dashboard";
import type { TDashboardLabels } from "./dashboard-labels";

/**
 * The sentence above each chart that says what it shows ("Arrivals rose 12 % on the same period a
 * year earlier"). Made only from what the tables show: a summary never names a hidden number.
 */
export function tableSummary(dashboard: TDashboard, id: TStatTableId, labels: TDashboardLabels): string {
  const { t } = labels;
  if (id === "cpr") {
    const median = dashboard.cpr.medianDays.current;
    return median === null ? t("summaries.cprHidden") : t("summaries.cpr", { days: labels.days(median) });
  }
  if (id === "steps") {
    const shown = dashboard.steps.current.filter((share) => share.sharePercent !== null);
    if (shown.length === 0) return t("summaries.stepsHidden");
    const sorted = [...shown].sort((a, b) => b.sharePercent! - a.sharePercent!);
    const [best, worst] = [sorted[0]!, sorted[sorted.length - 1]!];
    return t("summaries.steps", {
      best: best.title,
      bestShare: labels.percent(best.sharePercent),
      worst: worst.title,
      worstShare: labels.percent(worst.sharePercent),
    });
  }
  const table = dashboard.tables[id];
  switch (id) {
    case "months":
      return arrivalsSummary(table, dashboard.isCompared, labels);
    case "events": {
      const [generated, opened, downloaded] = table.rows.map((row) => labels.count(row.counts.current));
      return t("summaries.events", { generated: generated!, opened: opened!, downloaded: downloaded! });
    }
    case "school-start": {
      const august = table.rows.find((row) => row.key.endsWith("-08"));
      if (!august || (august.counts.current.kind === "shown" && august.counts.current.value === 0)) return t("summaries.schoolStartNone");
      return t("summaries.schoolStart", { count: labels.count(august.counts.current), month: labels.month(august.key) });
    }
    case "persons": {
      const children = table.rows.filter((row) => row.key !== "adults");
      const adults = table.rows.find((row) => row.key === "adults")!;
      if (adults.counts.current.kind === "shown" && children.every((row) => row.counts.current.kind === "shown")) {
        const childCount = children.reduce((sum, row) => sum + (row.counts.current.kind === "shown" ? row.counts.current.value : 0), 0);
        return t("summaries.persons", { adults: labels.count(adults.counts.current), children: labels.number(childCount) });
      }
      return largestSummary(table, labels);
    }
    case "nationality":
      return largestCountrySummary(table, labels);
    default:
      return largestSummary(table, labels);
  }
}

/** The largest country with a row of its own: "Other countries in Europe" is a leftover, not a group a manager plans for. */
function largestCountrySummary(table: TStatTable, labels: TDashboardLabels): string {
  if (table.total?.current.kind === "shown" && table.total.current.value === 0) return labels.t("summaries.none");
  const countries = { ...table, rows: table.rows.filter((row) => !row.key.startsWith("other:")) };
  const largest = largestShownRow(countries);
  if (!largest) return labels.t("summaries.noCountryShown");
  return labels.t("summaries.largestCountry", { label: labels.row(table.id, largest.key), count: labels.number(largest.value) });
}

function arrivalsSummary(table: TStatTable, isCompared: boolean, labels: TDashboardLabels): string {
  const total = table.total!;
  if (total.current.kind === "shown" && total.current.value === 0) return labels.t("summaries.none");
  const change = isCompared ? total.changePercent : null;
  const direction = change === null ? "other" : change > 0 ? "rose" : change < 0 ? "fell" : "same";
  return labels.t("summaries.arrivals", {
    direction,
    percent: change === null ? "" : labels.change(Math.abs(change)).replace("+", ""),
    count: labels.count(total.current),
  });
}

function largestSummary(table: TStatTable, labels: TDashboardLabels): string {
  if (table.total?.current.kind === "shown" && table.total.current.value === 0) return labels.t("summaries.none");
  const largest = largestShownRow(table);
  if (!largest) return labels.t("summaries.hidden");
  return labels.t("summaries.largest", { label: labels.row(table.id, largest.key), count: labels.number(largest.value) });
}

function largestShownRow(table: TStatTable): { key: string; value: number } | null {
  const shown = table.rows.flatMap((row) =>
    row.counts.current.kind === "shown" && row.counts.current.value > 0 ? [{ key: row.key, value: row.counts.current.value }] : [],
  );
  return shown.length === 0 ? null : shown.reduce((best, row) => (row.value > best.value ? row : best));
}
