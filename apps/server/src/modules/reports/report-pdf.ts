// The monthly report as a PDF, generated server-side with pdfkit (pure JS, no browser): page one has
// the KPIs against the previous month, per platform, and two vector charts (engagements by week and
// by platform); the pages after it the insights with their evidence, the summary, the action items
// and the top posts. A month without data is one page that says so. Presenting only: no I/O here.
import type { Insight, ReportKpis } from '@brandwright/contracts';
import PDFDocument from 'pdfkit';
import { pdfText } from './pdf-text.js';
import { barChart, legend } from './report-pdf-charts.js';
import {
  change,
  count,
  figure,
  localDate,
  monthName,
  PLATFORM_NAMES,
  rate,
  rateChange,
} from './report-pdf-format.js';
import type { ReportBody } from './reports.service.js';

const MARGIN = 50;
const WIDTH = 595.28 - 2 * MARGIN;
const INK = '#0f172a';
const MUTED = '#475569';

type Doc = PDFKit.PDFDocument;
type Row = [string, string, string, string];

export interface PdfOptions {
  /** Uncompressed content streams (readable in tests); compressed by default. */
  compress?: boolean;
}

export function renderReportPdf(report: ReportBody, options: PdfOptions = {}): Promise<Buffer> {
  const doc = new PDFDocument({
    size: 'A4',
    margin: MARGIN,
    compress: options.compress ?? true,
    info: { Title: `Brandwright report, ${monthName(report.month)}`, Creator: 'Brandwright' },
  });
  const chunks: Buffer[] = [];
  const done = new Promise<Buffer>((resolve, reject) => {
    doc.on('data', (chunk: Buffer) => chunks.push(chunk));
    doc.on('end', () => resolve(Buffer.concat(chunks)));
    doc.on('error', reject);
  });
  header(doc, report);
  if (report.kpis) {
    kpiPage(doc, report, report.kpis);
    doc.addPage();
  }
  narrative(doc, report);
  if (report.topPosts.length > 0) topPosts(doc, report);
  doc.end();
  return done;
}

function heading(doc: Doc, text: string) {
  doc.moveDown(0.8).font('Helvetica-Bold').fontSize(13).fillColor(INK).text(text, MARGIN);
  doc.moveDown(0.3).font('Helvetica').fontSize(10);
}

function header(doc: Doc, report: ReportBody) {
  doc
    .font('Helvetica-Bold')
    .fontSize(20)
    .fillColor(INK)
    .text(`Monthly report: ${monthName(report.month)}`);
  doc.font('Helvetica').fontSize(9).fillColor(MUTED);
  doc.text(
    `${report.period.from} to ${report.period.to}, days in ${report.timezone}. Generated ${report.generatedAt.slice(0, 10)}.`,
  );
  doc.moveDown(0.5).fontSize(10).fillColor(INK).text(pdfText(report.note), { width: WIDTH });
}

function table(doc: Doc, head: Row, rows: Row[]) {
  const columns = [0, 0.4, 0.6, 0.8].map((f) => MARGIN + f * WIDTH);
  const draw = (row: Row, bold: boolean) => {
    const y = doc.y;
    doc
      .font(bold ? 'Helvetica-Bold' : 'Helvetica')
      .fontSize(9)
      .fillColor(bold ? MUTED : INK);
    row.forEach((cell, i) => {
      doc.text(pdfText(cell), columns[i], y, { width: WIDTH * (i === 0 ? 0.4 : 0.2) - 6, lineBreak: false });
    });
    doc.y = y + 15;
  };
  draw(head, true);
  for (const row of rows) draw(row, false);
  doc.x = MARGIN;
}

function kpiRows(kpis: ReportKpis): Row[] {
  const t = kpis.totals;
  const counted = (label: string, c: ReportKpis['totals']['posts']): Row => [
    label,
    count(c.current),
    count(c.previous),
    change(c),
  ];
  const rows = [
    counted('Impressions', t.impressions),
    counted('Engagements', t.engagements),
    counted('Posts', t.posts),
  ];
  if (t.followersGained) rows.push(counted('Followers gained', t.followersGained));
  for (const { denominator, rate: r } of kpis.engagementRates)
    rows.push([
      `Engagement rate (per ${denominator.replace(/s$/, '')})`,
      rate(r.current),
      rate(r.previous),
      rateChange(r.current, r.previous),
    ]);
  return rows;
}

function platformRows(kpis: ReportKpis): Row[] {
  return kpis.platforms.map((p) => [
    PLATFORM_NAMES[p.platform],
    `${count(p.posts.current)} posts`,
    p.engagements ? `${count(p.engagements.current)} eng. (${change(p.engagements)})` : 'no metrics',
    p.engagementRate ? rate(p.engagementRate.current) : 'n/a',
  ]);
}

function kpiPage(doc: Doc, report: ReportBody, kpis: ReportKpis) {
  heading(doc, 'Key figures');
  table(doc, ['', monthName(report.month), monthName(report.previousMonth), 'Change'], kpiRows(kpis));
  heading(doc, 'By platform');
  table(doc, ['Platform', 'Posts', 'Engagements (change)', 'Engagement rate'], platformRows(kpis));
  const top = doc.y + 16;
  const half = (WIDTH - 20) / 2;
  const weeks = report.weeks.map((w) => ({
    label: `${w.from.slice(8)}-${w.to.slice(8)}`,
    values: [w.engagements],
  }));
  barChart(doc, { x: MARGIN, y: top, width: half, height: 190 }, 'Engagements by week', weeks);
  const platforms = kpis.platforms
    .filter((p) => p.engagements !== null)
    .map((p) => ({
      label: PLATFORM_NAMES[p.platform],
      values: [p.engagements?.current ?? 0, p.engagements?.previous ?? 0],
    }));
  barChart(
    doc,
    { x: MARGIN + half + 20, y: top, width: half, height: 190 },
    'Engagements by platform',
    platforms,
  );
  legend(doc, MARGIN + half + 68, top + 200, [monthName(report.month), monthName(report.previousMonth)]);
}

function evidenceLine(insight: Insight): string {
  const e = insight.evidence;
  return `Evidence: ${e.metric}, n = ${e.n}; effect ${figure(e.effect)} (interval ${figure(e.interval[0])} to ${figure(e.interval[1])}) against a baseline of ${figure(e.baseline)}. Confidence: ${insight.confidence}.`;
}

function narrative(doc: Doc, report: ReportBody) {
  heading(doc, 'Insights');
  for (const insight of report.insights) {
    doc.font('Helvetica-Bold').fontSize(10).fillColor(INK).text(pdfText(insight.message), { width: WIDTH });
    doc.font('Helvetica').text(pdfText(insight.recommendation), { width: WIDTH });
    doc
      .fontSize(8)
      .fillColor(MUTED)
      .text(pdfText(evidenceLine(insight)), { width: WIDTH });
    doc.moveDown(0.6);
  }
  heading(doc, 'Summary');
  doc.fillColor(INK).text(pdfText(report.summary), { width: WIDTH });
  heading(doc, 'Action items');
  for (const item of report.actionItems)
    doc.fillColor(INK).text(`- ${pdfText(item)}`, { width: WIDTH, indent: 0 });
}

function topPosts(doc: Doc, report: ReportBody) {
  heading(doc, 'Top posts');
  for (const post of report.topPosts) {
    const when = localDate(post.publishedAt, report.timezone);
    doc.font('Helvetica-Bold').fontSize(9).fillColor(INK);
    doc.text(
      `${PLATFORM_NAMES[post.platform]}, ${when}: ${count(post.engagements)} engagements, rate ${rate(post.engagementRate)}`,
    );
    doc
      .font('Helvetica')
      .fillColor(MUTED)
      .text(pdfText(post.excerpt.slice(0, 200)), { width: WIDTH });
    doc.moveDown(0.4);
  }
}
