import type { TDashboard, TStatTableId } from "@/lib/stats/dashboard";
import type { TDashboardLabels } from "@/lib/stats/dashboard-labels";
import { tableSummary } from "@/lib/stats/dashboard-summaries";
import { cellText, tableMatrix } from "@/lib/stats/dashboard-tables";
import type { TProtectedCount } from "@/lib/stats/suppress-table";
import { ChartLegend } from "./chart-parts";
import { HorizontalBarChart, type TChartRow } from "./HorizontalBarChart";
import { MonthBarChart } from "./MonthBarChart";

const NOTED: readonly TStatTableId[] = ["nationality", "persons", "school-start", "events", "steps"];

/** One figure of the dashboard: what it says in a sentence, its chart, its data table and its CSV. */
export function StatSection({ dashboard, id, labels, csvHref }: { dashboard: TDashboard; id: TStatTableId; labels: TDashboardLabels; csvHref: string }) {
  const { t } = labels;
  const matrix = tableMatrix(dashboard, id, labels);
  const headingId = `stat-${id}`;
  const summary = tableSummary(dashboard, id, labels);
  const title = labels.tableTitle(id, dashboard.timeUnit);
  return (
    <section className="stat-section" aria-labelledby={headingId}>
      <h2 id={headingId}>{title}</h2>
      <p className="stat-summary">{summary}</p>
      {NOTED.includes(id) && <p className="form-hint">{t(`notes.${id as "nationality"}`)}</p>}
      <StatChart dashboard={dashboard} id={id} labels={labels} summary={summary} />
      {/* Focusable, so a keyboard can scroll the table on a narrow screen. */}
      {/* biome-ignore lint/a11y/noNoninteractiveTabindex: a scrollable region must take focus (WCAG 2.1.1). */}
      {/* biome-ignore lint/a11y/useSemanticElements: a named group around a table, not a form's fieldset. */}
      <div className="table--responsive-scroll" tabIndex={0} role="group" aria-label={title}>
        <table className="table table--compact stat-table">
          <caption className="sr-only">{title}</caption>
          <thead>
            <tr>
              {matrix.head.map((header) => (
                <th scope="col" key={header}>
                  {header}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {matrix.body.map((row) => (
              <tr key={cellText(row[0]!, labels)}>
                <th scope="row">{cellText(row[0]!, labels)}</th>
                {row.slice(1).map((value, index) => (
                  <td key={index} className="stat-number">
                    {cellText(value, labels)}
                  </td>
                ))}
              </tr>
            ))}
          </tbody>
          {matrix.foot && (
            <tfoot>
              <tr>
                <th scope="row">{cellText(matrix.foot[0]!, labels)}</th>
                {matrix.foot.slice(1).map((value, index) => (
                  <td key={index} className="stat-number">
                    {cellText(value, labels)}
                  </td>
                ))}
              </tr>
            </tfoot>
          )}
        </table>
      </div>
      <p>
        <a href={csvHref} download>
          {t("downloadCsv")}
        </a>
      </p>
    </section>
  );
}

function StatChart({ dashboard, id, labels, summary }: { dashboard: TDashboard; id: TStatTableId; labels: TDashboardLabels; summary: string }) {
  const { t } = labels;
  const label = `${labels.tableTitle(id, dashboard.timeUnit)}. ${summary}`;
  const legend = <ChartLegend current={t("chartLegendCurrent")} earlier={dashboard.isCompared ? t("chartLegendEarlier") : null} />;
  // Without a meaningful comparison, no year-earlier line is drawn.
  const earlierOf = (count: TProtectedCount): TProtectedCount => (dashboard.isCompared ? count : { kind: "hidden" });
  if (id === "cpr") return null;
  if (id === "steps") {
    const rows: TChartRow[] = dashboard.steps.current.map((share) => {
      const earlier = dashboard.steps.earlier.find((other) => other.key === share.key)?.sharePercent ?? null;
      return {
        label: share.title,
        current: share.sharePercent === null ? { kind: "hidden" } : { kind: "shown", value: share.sharePercent },
        earlier: earlier === null ? { kind: "hidden" } : earlierOf({ kind: "shown", value: earlier }),
        valueText: labels.percent(share.sharePercent),
      };
    });
    return (
      <>
        <HorizontalBarChart rows={rows} label={label} formatTick={(value) => labels.percent(value)} />
        {legend}
      </>
    );
  }
  const table = dashboard.tables[id];
  const rows: TChartRow[] = table.rows.map((row) => ({
    label: labels.row(id, row.key),
    current: row.counts.current,
    earlier: earlierOf(row.counts.earlier),
    valueText: labels.count(row.counts.current),
  }));
  if (id === "months") {
    return (
      <>
        <MonthBarChart
          months={table.rows.map((row) => row.key)}
          rows={rows}
          label={label}
          formatTick={labels.number}
          formatMonth={(key, isLong) => (isLong ? key.slice(0, 4) : dashboard.timeUnit === "month" ? labels.shortMonth(key) : labels.row("months", key))}
        />
        {legend}
      </>
    );
  }
  return (
    <>
      <HorizontalBarChart rows={rows} label={label} formatTick={labels.number} />
      {legend}
    </>
  );
}
