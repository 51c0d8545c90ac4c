import { describe, expect, it } from 'vitest';
import { chartWidth, layoutBarChart, wrap } from '../../../src/figures/chart.ts';

const input = {
  groups: [
    { label: 'Residential care', bars: [{ value: 62812000, text: '£62,812,000' }] },
    { label: 'Nursing care', bars: [{ value: 4742000, text: '£4,742,000' }] },
  ],
  series: [],
  dir: 'ltr' as const,
  lineHeight: 1.4,
};

describe('the bar chart', () => {
  it('draws bars in proportion to their figures, each labelled with its figure', () => {
    const layout = layoutBarChart(input);
    const [big, small] = layout.bars;
    expect(big && small).toBeTruthy();
    expect((small?.width ?? 0) / (big?.width ?? 1)).toBeCloseTo(4742000 / 62812000, 5);
    const labels = layout.texts.map((t) => t.text);
    expect(labels).toEqual(['Residential care', '£62,812,000', 'Nursing care', '£4,742,000']);
    // The longest bar and its figure stay inside the picture.
    expect((big?.x ?? 0) + (big?.width ?? 0)).toBeLessThan(chartWidth - 100);
  });

  it('draws percentages on a scale of 100, two series with a legend', () => {
    const layout = layoutBarChart({
      ...input,
      groups: [{ label: 'Felt safe', bars: [{ value: 90, text: '90%' }, { value: 84, text: '84%' }] }],
      series: ['Result, 2023-24', 'Result, 2022-23'],
      max: 100,
    });
    expect(layout.texts.slice(0, 2).map((t) => t.text)).toEqual(['Result, 2023-24', 'Result, 2022-23']);
    const bars = layout.bars.slice(2);
    expect(bars.map((b) => b.series)).toEqual([0, 1]);
    expect((bars[1]?.width ?? 0) / (bars[0]?.width ?? 1)).toBeCloseTo(84 / 90, 5);
    const full = layoutBarChart({ ...input, groups: [{ label: 'x', bars: [{ value: 100, text: '100%' }] }], max: 100 }).bars[0]?.width ?? 0;
    expect(bars[0]?.width).toBeCloseTo(full * 0.9, 5);
  });

  it('mirrors the picture for right-to-left languages', () => {
    const ltr = layoutBarChart(input);
    const rtl = layoutBarChart({ ...input, dir: 'rtl' });
    ltr.bars.forEach((bar, i) => {
      const mirrored = rtl.bars[i];
      expect(mirrored?.x).toBeCloseTo(chartWidth - bar.x - bar.width, 5);
      expect(mirrored?.width).toBe(bar.width);
    });
    ltr.texts.forEach((text, i) => expect(rtl.texts[i]?.x).toBeCloseTo(chartWidth - text.x, 5));
  });

  it('wraps long labels into lines that fit', () => {
    const lines = wrap('They were able to spend their time as they wanted, doing things they valued and enjoyed', 30);
    expect(lines.every((l) => l.length <= 30)).toBe(true);
    expect(lines.join(' ')).toBe('They were able to spend their time as they wanted, doing things they valued and enjoyed');
  });
});
