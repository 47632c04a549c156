import { describe, expect, it } from 'vitest';
import { CHART, layoutBars } from '../../src/core/charts.ts';

describe('layoutBars', () => {
  const layout = layoutBars([
    { label: 'A', value: 100 },
    { label: 'B', value: 50 },
    { label: 'C', value: 0 },
  ]);

  it('scales bars to 100 % of the track, leaving room for the value text', () => {
    const track = CHART.width - CHART.valueSpace;
    expect(layout.bars.map((bar) => bar.width)).toEqual([track, track / 2, 0]);
    expect(layout.bars[0]!.valueX).toBe(track + 8);
  });

  it('stacks rows without overlap, label above bar', () => {
    for (const [index, bar] of layout.bars.entries()) {
      expect(bar.y).toBe(bar.labelY + CHART.fontSize + CHART.labelGap);
      const next = layout.bars[index + 1];
      if (next) expect(next.labelY).toBeGreaterThan(bar.y + bar.height);
    }
    const last = layout.bars.at(-1)!;
    expect(layout.height).toBe(last.y + last.height);
  });

  it('rejects values that are not percentages', () => {
    expect(() => layoutBars([{ label: 'X', value: 120 }])).toThrow(/X = 120/);
    expect(() => layoutBars([{ label: 'Y', value: Number.NaN }])).toThrow(RangeError);
  });

  it('has no height without data', () => {
    expect(layoutBars([]).height).toBe(0);
  });
});
