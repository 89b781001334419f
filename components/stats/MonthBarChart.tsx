import { scaleBand, scaleLinear } from "d3-scale";
import { CHART_COLOURS, EarlierMarker } from "./chart-parts";
import type { TChartRow } from "./HorizontalBarChart";

const WIDTH = 720;
const HEIGHT = 260;
const MARGIN = { top: 12, right: 8, bottom: 28, left: 52 };

const shownValue = (row: TChartRow["current"]) => (row.kind === "shown" ? row.value : null);

/**
 * Arrivals over time: a column per month (or quarter, or year), a black line at the same time a year
 * earlier. Over many months only each January is named on the axis; the data table names every row.
 */
export function MonthBarChart({
  months,
  rows,
  label,
  formatTick,
  formatMonth,
}: {
  months: string[];
  rows: TChartRow[];
  label: string;
  formatTick: (value: number) => string;
  formatMonth: (month: string, isLong: boolean) => string;
}) {
  const maximum = Math.max(1, ...rows.flatMap((row) => [shownValue(row.current) ?? 0, shownValue(row.earlier) ?? 0]));
  const x = scaleBand()
    .domain(months)
    .range([MARGIN.left, WIDTH - MARGIN.right])
    .paddingInner(months.length > 24 ? 0.1 : 0.25);
  const y = scaleLinear()
    .domain([0, maximum])
    .nice()
    .range([HEIGHT - MARGIN.bottom, MARGIN.top]);
  const isLong = months.length > 15;
  // Over many rows, each year's first (January, or the first quarter) is named.
  const named = months.filter((month, index) => !isLong || month.endsWith("-01") || month.endsWith("-Q1") || index === 0);
  return (
    <svg className="stat-chart" viewBox={`0 0 ${WIDTH} ${HEIGHT}`} role="img" aria-label={label} preserveAspectRatio="xMinYMin meet">
      {y.ticks(4).map((tick) => (
        <g key={tick}>
          <line x1={MARGIN.left} x2={WIDTH - MARGIN.right} y1={y(tick)} y2={y(tick)} stroke={CHART_COLOURS.grid} />
          <text x={MARGIN.left - 6} y={y(tick)} dominantBaseline="middle" textAnchor="end" className="stat-chart-tick">
            {formatTick(tick)}
          </text>
        </g>
      ))}
      {months.map((month, index) => {
        const row = rows[index]!;
        const left = x(month) ?? 0;
        const current = shownValue(row.current);
        const earlier = shownValue(row.earlier);
        return (
          <g key={month}>
            {current !== null && current > 0 && <rect x={left} y={y(current)} width={x.bandwidth()} height={y(0) - y(current)} fill={CHART_COLOURS.bar} />}
            {earlier !== null && <EarlierMarker x={left - 1} y={y(earlier)} length={x.bandwidth() + 2} orientation="horizontal" />}
          </g>
        );
      })}
      {named.map((month) => (
        <text
          key={month}
          x={(x(month) ?? 0) + (isLong ? 0 : x.bandwidth() / 2)}
          y={HEIGHT - 8}
          textAnchor={isLong ? "start" : "middle"}
          className="stat-chart-tick"
        >
          {formatMonth(month, isLong)}
        </text>
      ))}
    </svg>
  );
}
