// Vector bar charts for the PDF report, drawn with pdfkit's path operations (no raster images, so
// they stay sharp when printed): the month's engagements by week, and each platform's engagements
// this month against the previous one. Labels go through the same text cleaning as the rest.

export interface Box {
  x: number;
  y: number;
  width: number;
  height: number;
}

export interface Bar {
  label: string;
  values: number[];
}

export const BAR_COLOURS = ['#4f46e5', '#94a3b8'] as const;
const AXIS = '#cbd5e1';
const INK = '#334155';

/** Rounds the top of the scale up to 1, 2 or 5 times a power of ten, so gridlines read well. */
export function niceMax(value: number): number {
  if (value <= 0) return 1;
  const power = 10 ** Math.floor(Math.log10(value));
  const step = [1, 2, 5, 10].find((s) => s * power >= value) ?? 10;
  return step * power;
}

function gridlines(doc: PDFKit.PDFDocument, plot: Box, max: number) {
  doc.fontSize(7).fillColor(INK);
  for (let i = 0; i <= 4; i += 1) {
    const y = plot.y + plot.height - (plot.height * i) / 4;
    doc
      .moveTo(plot.x, y)
      .lineTo(plot.x + plot.width, y)
      .lineWidth(0.5)
      .strokeColor(AXIS)
      .stroke();
    doc.text(formatTick((max * i) / 4), plot.x - 44, y - 3, { width: 40, align: 'right', lineBreak: false });
  }
}

function formatTick(value: number): string {
  if (value >= 1_000_000) return `${Math.round(value / 100_000) / 10}M`;
  if (value >= 1_000) return `${Math.round(value / 100) / 10}k`;
  return String(Math.round(value));
}

/** Grouped vertical bars: one group per label, one bar per series (BAR_COLOURS in order). */
export function barChart(doc: PDFKit.PDFDocument, box: Box, title: string, bars: Bar[]): void {
  doc
    .fontSize(10)
    .fillColor('#0f172a')
    .font('Helvetica-Bold')
    .text(title, box.x, box.y, { lineBreak: false });
  doc.font('Helvetica');
  const plot = { x: box.x + 48, y: box.y + 18, width: box.width - 52, height: box.height - 40 };
  const max = niceMax(Math.max(0, ...bars.flatMap((b) => b.values)));
  gridlines(doc, plot, max);
  const group = plot.width / Math.max(1, bars.length);
  bars.forEach((bar, i) => {
    const width = (group * 0.7) / Math.max(1, bar.values.length);
    bar.values.forEach((value, j) => {
      const height = (plot.height * value) / max;
      const x = plot.x + group * i + group * 0.15 + width * j;
      doc.rect(x, plot.y + plot.height - height, width, height).fill(BAR_COLOURS[j % BAR_COLOURS.length]);
    });
    doc.fontSize(7).fillColor(INK);
    doc.text(bar.label, plot.x + group * i, plot.y + plot.height + 4, {
      width: group,
      align: 'center',
      lineBreak: false,
    });
  });
}

/** A colour key under a chart: one swatch and name per series. */
export function legend(doc: PDFKit.PDFDocument, x: number, y: number, names: string[]): void {
  let left = x;
  names.forEach((name, i) => {
    doc.rect(left, y, 8, 8).fill(BAR_COLOURS[i % BAR_COLOURS.length]);
    doc
      .fontSize(8)
      .fillColor(INK)
      .text(name, left + 12, y, { lineBreak: false });
    left += 24 + doc.widthOfString(name);
  });
}
