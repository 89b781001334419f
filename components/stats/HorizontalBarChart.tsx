import { scaleBand, scaleLinear } from "d3-scale";
import type { TProtectedCount } from "@/lib/stats/suppress-table";
import { CHART_COLOURS, EarlierMarker } from "./chart-parts";

export type TChartRow = { label: string; current: TProtectedCount; earlier: TProtectedCount; valueText: string };

const WIDTH = 720;
const LABEL_WIDTH = 250;
const VALUE_WIDTH = 70;
const ROW_HEIGHT = 30;
const AXIS_HEIGHT = 24;

const shownValue = (count: TProtectedCount) => (count.kind === "shown" ? count.value : null);

/**
 * One bar per row for the period, a black line at the year-earlier count; rows whose count is not
 * shown get their "<5" or "–" and no bar. Drawn on the server: no script reaches the browser.
 */
export function HorizontalBarChart({ rows, label, formatTick }: { rows: TChartRow[]; label: string; formatTick: (value: number) => string }) {
  const maximum = Math.max(1, ...rows.flatMap((row) => [shownValue(row.current) ?? 0, shownValue(row.earlier) ?? 0]));
  const x = scaleLinear()
    .domain([0, maximum])
    .nice()
    .range([LABEL_WIDTH, WIDTH - VALUE_WIDTH]);
  const y = scaleBand()
    .domain(rows.map((_, index) => String(index)))
    .range([AXIS_HEIGHT, AXIS_HEIGHT + rows.length * ROW_HEIGHT])
    .paddingInner(0.25);
  const height = AXIS_HEIGHT + rows.length * ROW_HEIGHT + 4;
  return (
    <svg className="stat-chart" viewBox={`0 0 ${WIDTH} ${height}`} role="img" aria-label={label} preserveAspectRatio="xMinYMin meet">
      {x.ticks(4).map((tick) => (
        <g key={tick}>
          <line x1={x(tick)} x2={x(tick)} y1={AXIS_HEIGHT - 4} y2={height - 4} stroke={CHART_COLOURS.grid} />
          <text x={x(tick)} y={AXIS_HEIGHT - 8} textAnchor="middle" className="stat-chart-tick">
            {formatTick(tick)}
          </text>
        </g>
      ))}
      {rows.map((row, index) => {
        const top = y(String(index)) ?? 0;
        const current = shownValue(row.current);
        const earlier = shownValue(row.earlier);
        const barEnd = current === null ? LABEL_WIDTH : x(current);
        return (
          <g key={row.label}>
            <text x={LABEL_WIDTH - 8} y={top + y.bandwidth() / 2} dominantBaseline="middle" textAnchor="end" className="stat-chart-label">
              {row.label}
            </text>
            {current !== null && current > 0 && <rect x={LABEL_WIDTH} y={top} width={barEnd - LABEL_WIDTH} height={y.bandwidth()} fill={CHART_COLOURS.bar} />}
            {earlier !== null && <EarlierMarker x={x(earlier)} y={top - 3} length={y.bandwidth() + 6} orientation="vertical" />}
            <text
              x={Math.max(barEnd, earlier === null ? 0 : x(earlier)) + 8}
              y={top + y.bandwidth() / 2}
              dominantBaseline="middle"
              className="stat-chart-value"
            >
              {row.valueText}
            </text>
          </g>
        );
      })}
    </svg>
  );
}
