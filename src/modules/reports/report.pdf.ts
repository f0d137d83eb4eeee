// The report as a PDF (A4 landscape, DejaVu Sans for the Vietnamese letters): the title and the
// summary table by scheme, then per scheme the monthly trend with the target line and the rate
// of each child locality against the target. Charts come from charts.ts as SVG.
import PDFDocument from 'pdfkit';
import SVGtoPDF from 'svg-to-pdfkit';
import { chartSvg, childRateSpec, rateChunks, trendSpec } from './charts.js';
import type { Table } from './layout.cells.js';
import {
  childrenHeading,
  headingLines,
  REPORT_TITLE,
  sourceNotes,
  summaryTable,
} from './layout.rules.js';
import { cellText, FONTS, viCount, viRate } from './pdf.format.js';
import type { ReportData, ReportSection } from './report.types.js';
import { SCHEME_NAMES } from './schemes.js';

type Doc = PDFKit.PDFDocument;
const MARGIN = 36;

const contentWidth = (doc: Doc) => doc.page.width - 2 * MARGIN;

function table(doc: Doc, t: Table) {
  const total = t.columns.reduce((a, c) => a + c.width, 0);
  const scale = contentWidth(doc) / total;
  const header = t.columns.map((c) => ({ text: c.header, font: { src: 'bold' }, type: 'TH' }));
  const rows = t.rows.map((r) => r.map((v, i) => cellText(t.columns[i]!.kind, v)));
  doc.fontSize(7.5).table({
    columnStyles: t.columns.map((c) => ({
      width: c.width * scale,
      align: { x: c.kind === 'text' ? 'left' : 'right', y: 'center' },
    })),
    rowStyles: (i) => (i === 0 ? { backgroundColor: '#ddebf7' } : undefined),
    data: [header as never, ...rows],
  });
}

/** Places a chart at the cursor, shrunk to the page's width and `maxHeight` (points). */
async function drawChart(doc: Doc, spec: Parameters<typeof chartSvg>[0], maxHeight: number) {
  const svg = await chartSvg(spec);
  const size = /width="([\d.]+)" height="([\d.]+)"/.exec(svg)!;
  const [w, h] = [Number(size[1]), Number(size[2])];
  const scale = Math.min(contentWidth(doc) / w, maxHeight / h, 1);
  const [width, height] = [w * scale, h * scale];
  if (doc.y + height > doc.page.height - MARGIN) doc.addPage();
  // one SVG pixel is drawn as one point; the root's size scales its viewBox to the box
  const sized = svg.replace(size[0], `width="${width}" height="${height}"`);
  SVGtoPDF(doc, sized, MARGIN, doc.y, {
    width,
    height,
    assumePt: true,
    fontCallback: (_family, bold) => (bold ? 'bold' : 'regular'),
  });
  doc.y += height + 12;
}

function sectionLine({ board }: ReportSection): string {
  const s = board.summary;
  const parts = [
    `Số người tham gia: ${s.participants === null ? 'chưa có số liệu' : viCount(s.participants)}`,
  ];
  parts.push(`tỷ lệ: ${s.ratePercent === null ? 'chưa có mẫu số' : `${viRate(s.ratePercent)}%`}`);
  if (s.target?.measure === 'coverage_rate') parts.push(`chỉ tiêu: ${viRate(s.target.value)}%`);
  if (s.target?.measure === 'participants')
    parts.push(`chỉ tiêu: ${viCount(s.target.value)} người`);
  if (s.gapPersons !== null) parts.push(`còn thiếu: ${viCount(s.gapPersons)} người`);
  return parts.join('; ');
}

async function section(doc: Doc, data: ReportData, sec: ReportSection, n: number) {
  const name = SCHEME_NAMES[sec.scheme].full;
  doc.addPage().font('bold').fontSize(12).text(`${n}. ${name}`);
  doc.font('regular').fontSize(9).text(sectionLine(sec)).moveDown(0.5);
  const width = contentWidth(doc) - 80;
  await drawChart(doc, trendSpec(sec.board, `Diễn biến theo tháng: ${name}`, width), 250);
  const target = sec.board.summary.target;
  const targetPercent = target?.measure === 'coverage_rate' ? target.value : null;
  const chunks = rateChunks(sec.board.children);
  const unrated = sec.board.children.filter((c) => c.ratePercent === null);
  for (const [i, chunk] of chunks.entries()) {
    const part = chunks.length > 1 ? ` (${i + 1}/${chunks.length})` : '';
    const title = `${childrenHeading(data)}: tỷ lệ bao phủ ${SCHEME_NAMES[sec.scheme].short} so với chỉ tiêu${part}`;
    await drawChart(doc, childRateSpec(chunk, targetPercent, title, width - 150), 520);
  }
  if (unrated.length > 0) {
    const names = unrated.slice(0, 10).map((c) => c.name);
    if (unrated.length > 10) names.push('…');
    doc
      .font('regular')
      .fontSize(9)
      .text(
        `${unrated.length} đơn vị chưa có tỷ lệ (chưa có mẫu số hoặc số liệu): ${names.join(', ')}.`,
        MARGIN,
      );
  }
}

function pageNumbers(doc: Doc) {
  const range = doc.bufferedPageRange();
  for (let i = 0; i < range.count; i++) {
    doc.switchToPage(range.start + i);
    // text below the bottom margin would open a new page
    doc.page.margins.bottom = 0;
    const y = doc.page.height - MARGIN / 2 - 8;
    doc.font('regular').fontSize(8);
    doc.text(`Trang ${i + 1}/${range.count}`, MARGIN, y, {
      width: contentWidth(doc),
      align: 'right',
      lineBreak: false,
    });
  }
}

export async function reportPdf(data: ReportData): Promise<Buffer> {
  const doc = new PDFDocument({
    size: 'A4',
    layout: 'landscape',
    margin: MARGIN,
    bufferPages: true,
    info: {
      Title: REPORT_TITLE,
      Author: 'ansinh',
      Subject: `${data.locality.name}, ${data.period.label}`,
    },
  });
  const chunks: Buffer[] = [];
  doc.on('data', (c: Buffer) => chunks.push(c));
  const ended = new Promise<void>((resolve, reject) => {
    doc.on('end', resolve).on('error', reject);
  });
  doc.registerFont('regular', FONTS.regular).registerFont('bold', FONTS.bold);
  doc.font('bold').fontSize(15).text(REPORT_TITLE, { align: 'center' }).moveDown(0.5);
  doc.font('regular').fontSize(10);
  for (const line of headingLines(data)) doc.text(line);
  doc.moveDown().font('bold').fontSize(11).text('Tổng hợp theo loại hình bảo hiểm').moveDown(0.3);
  doc.font('regular');
  table(doc, summaryTable(data));
  doc.moveDown().fontSize(8).text('Ghi chú:', MARGIN);
  for (const note of sourceNotes(data)) doc.text(note);
  for (const [i, sec] of data.sections.entries()) await section(doc, data, sec, i + 1);
  pageNumbers(doc);
  doc.end();
  await ended;
  return Buffer.concat(chunks);
}
