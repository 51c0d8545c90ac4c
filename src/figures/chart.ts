/**
 * Lays out a horizontal bar chart, drawn at build time as SVG (no script). Every bar
 * carries its figure as a label beside it, and a second series is striped, so nothing
 * depends on colour. Right-to-left pages get the mirror image: bars grow from the right.
 * The table above the chart is its text alternative; the chart itself is hidden from
 * screen readers.
 */

export interface ChartInput {
  /** One group per table row: its label, then one bar per series. */
  groups: { label: string; bars: { value: number; text: string }[] }[];
  /** Series names for the legend (left out when there is one series). */
  series: string[];
  dir: 'ltr' | 'rtl';
  /** The language's comfortable line height (Urdu needs more). */
  lineHeight: number;
  /** The longest bar's value; 100 for percentages so results are drawn to the same scale. */
  max?: number;
}

export interface ChartText { x: number; y: number; text: string; bold?: boolean }
export interface ChartBar { x: number; y: number; width: number; height: number; series: number }
export interface ChartLayout { width: number; height: number; dir: 'ltr' | 'rtl'; fontSize: number; texts: ChartText[]; bars: ChartBar[] }

export const chartWidth = 480;
const pad = 8;
const fontSize = 20;
const barHeight = 24;
const barGap = 6;
const groupGap = 18;
/** Room after the longest bar for its figure ("£62,812,000"). */
const valueRoom = 150;
/** A rough width of a character, to wrap labels without measuring fonts at build time. */
const charWidth = fontSize * 0.62;

/** Splits a label into lines that fit the chart's width. */
export function wrap(text: string, maxChars: number): string[] {
  const lines: string[] = [];
  let line = '';
  for (const word of text.split(/\s+/).filter(Boolean)) {
    if (line && (line + ' ' + word).length > maxChars) {
      lines.push(line);
      line = word;
    } else {
      line = line ? `${line} ${word}` : word;
    }
  }
  if (line) lines.push(line);
  return lines;
}

export function layoutBarChart(input: ChartInput): ChartLayout {
  const lineStep = Math.round(fontSize * input.lineHeight);
  const maxChars = Math.floor((chartWidth - 2 * pad) / charWidth);
  const max = input.max ?? Math.max(...input.groups.flatMap((g) => g.bars.map((b) => b.value)), 1);
  const scale = (chartWidth - 2 * pad - valueRoom) / max;
  const texts: ChartText[] = [];
  const bars: ChartBar[] = [];
  let y = pad;

  if (input.series.length > 1) {
    input.series.forEach((name, series) => {
      bars.push({ x: pad, y, width: 40, height: barHeight, series });
      texts.push({ x: pad + 52, y: y + barHeight / 2 + fontSize * 0.35, text: name });
      y += Math.max(barHeight, lineStep) + barGap;
    });
    y += groupGap;
  }

  for (const group of input.groups) {
    for (const line of wrap(group.label, maxChars)) {
      y += lineStep;
      texts.push({ x: pad, y: y - (lineStep - fontSize) / 2, text: line, bold: true });
    }
    y += barGap;
    group.bars.forEach((bar, series) => {
      // A zero still gets a sliver, so the reader sees a bar was drawn and reads its label.
      const width = Math.max(bar.value * scale, 2);
      bars.push({ x: pad, y, width, height: barHeight, series });
      texts.push({ x: pad + width + 8, y: y + barHeight / 2 + fontSize * 0.35, text: bar.text });
      y += barHeight + barGap;
    });
    y += groupGap;
  }

  const layout: ChartLayout = { width: chartWidth, height: Math.ceil(y), dir: input.dir, fontSize, texts, bars };
  return input.dir === 'rtl' ? mirror(layout) : layout;
}

/** The right-to-left picture: every x measured from the other side. Text x is its starting edge. */
function mirror(layout: ChartLayout): ChartLayout {
  return {
    ...layout,
    texts: layout.texts.map((t) => ({ ...t, x: layout.width - t.x })),
    bars: layout.bars.map((b) => ({ ...b, x: layout.width - b.x - b.width })),
  };
}
