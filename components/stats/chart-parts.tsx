/**
 * Chart colours checked against WCAG 2.2 (1.4.11, non-text contrast 3:1): the bar blue is DKFDS's
 * primary (#0059b3, 6.9:1 on white); the year-earlier marker is black with a white halo, so it
 * stands out on white (21:1) and on the bar alike. Bar and line differ in shape as well as colour.
 */
export const CHART_COLOURS = { bar: "#0059b3", marker: "#000000", halo: "#ffffff", grid: "#d6d6d6" } as const;

export function EarlierMarker({ x, y, length, orientation }: { x: number; y: number; length: number; orientation: "vertical" | "horizontal" }) {
  const [x2, y2] = orientation === "vertical" ? [x, y + length] : [x + length, y];
  return (
    <g>
      <line x1={x} y1={y} x2={x2} y2={y2} stroke={CHART_COLOURS.halo} strokeWidth={6} />
      <line x1={x} y1={y} x2={x2} y2={y2} stroke={CHART_COLOURS.marker} strokeWidth={3} />
    </g>
  );
}

/** The key under every chart: what the bar is and what the line is, drawn as they are drawn. */
export function ChartLegend({ current, earlier }: { current: string; earlier: string | null }) {
  return (
    <ul className="stat-chart-legend nobullet-list">
      <li className="stat-chart-legend-item">
        <svg width="24" height="14" aria-hidden="true">
          <rect x="0" y="1" width="24" height="12" fill={CHART_COLOURS.bar} />
        </svg>
        {current}
      </li>
      {earlier ? (
        <li className="stat-chart-legend-item">
          <svg width="24" height="14" aria-hidden="true">
            <EarlierMarker x={12} y={0} length={14} orientation="vertical" />
          </svg>
          {earlier}
        </li>
      ) : null}
    </ul>
  );
}
