/**
 * Geometry of horizontal bar charts for percentages, computed at build time so
 * the page ships a plain SVG (no chart script). Horizontal bars leave room for long
 * German labels, which sit above their bar instead of being squeezed beside it.
 */

export interface BarDatum {
  label: string;
  /** Percent, 0–100. */
  value: number;
  /** Optional series name for grouped bars, e.g. „2015“. */
  series?: string;
}

export interface Bar extends BarDatum {
  /** Top of the label line (text baseline is labelY + fontSize). */
  labelY: number;
  x: number;
  y: number;
  width: number;
  height: number;
  /** Where the value text starts: just right of the bar. */
  valueX: number;
}

export interface BarLayout {
  width: number;
  height: number;
  bars: Bar[];
}

export const CHART = {
  width: 480,
  fontSize: 16,
  barHeight: 24,
  labelGap: 4,
  rowGap: 18,
  valueSpace: 64,
} as const;

/** Lays out one bar per datum, each with its label above it, scaled to 100 %. */
export function layoutBars(data: readonly BarDatum[], width: number = CHART.width): BarLayout {
  for (const datum of data) {
    if (!(datum.value >= 0 && datum.value <= 100)) throw new RangeError(`Prozentwert außerhalb 0–100: ${datum.label} = ${datum.value}`);
  }
  const track = width - CHART.valueSpace;
  const rowHeight = CHART.fontSize + CHART.labelGap + CHART.barHeight + CHART.rowGap;
  const bars = data.map((datum, index) => {
    const labelY = index * rowHeight;
    const y = labelY + CHART.fontSize + CHART.labelGap;
    const barWidth = (datum.value / 100) * track;
    return { ...datum, labelY, x: 0, y, width: barWidth, height: CHART.barHeight, valueX: barWidth + 8 };
  });
  return { width, height: Math.max(0, data.length * rowHeight - CHART.rowGap), bars };
}
