// The report's charts as Vega-Lite specifications (pure), drawn to SVG by Vega in Node (no
// browser, no native canvas): each child locality's rate against the target, and the monthly
// trend with the target line. The PDF places the SVG with svg-to-pdfkit.
import { parse, View } from 'vega';
import { compile, type Config, type TopLevelSpec } from 'vega-lite';
import type { Board, Child } from '../coverage/index.js';
import { viMonth } from './layout.cells.js';
import { viCount, viRate } from './pdf.format.js';

export const CHART_FONT = 'DejaVu Sans';
/** bars on one chart; more children are split over several charts */
export const BARS_PER_CHART = 35;
const COLORS = { above: '#2e7d32', below: '#e07b00', unknown: '#9e9e9e', target: '#c62828' };
const STATUS_VI = { above: 'Đạt chỉ tiêu', below: 'Chưa đạt', unknown: 'Chưa xác định' };

const CONFIG: Config = {
  font: CHART_FONT,
  locale: { number: { decimal: ',', thousands: '.', grouping: [3], currency: ['', ' ₫'] } },
  axis: { labelFontSize: 9, titleFontSize: 10 },
  legend: { labelFontSize: 9, titleFontSize: 10, orient: 'bottom' },
  title: { fontSize: 12, anchor: 'start' },
  view: { stroke: null },
};

/** Children with a rate, highest first, in charts of at most BARS_PER_CHART bars. */
export function rateChunks(children: Child[]): Child[][] {
  const rated = children
    .filter((c) => c.ratePercent !== null)
    .sort((a, b) => b.ratePercent! - a.ratePercent! || a.code.localeCompare(b.code));
  const chunks: Child[][] = [];
  for (let i = 0; i < rated.length; i += BARS_PER_CHART)
    chunks.push(rated.slice(i, i + BARS_PER_CHART));
  return chunks;
}

export function childRateSpec(
  children: Child[],
  targetPercent: number | null,
  title: string,
  width: number,
): TopLevelSpec {
  const values = children.map((c) => ({ name: c.name, rate: c.ratePercent, status: c.status }));
  const rule = targetPercent === null ? [] : [{ target: targetPercent }];
  return {
    title,
    width,
    height: { step: 11 },
    config: CONFIG,
    layer: [
      {
        data: { values },
        mark: { type: 'bar' },
        encoding: {
          y: { field: 'name', type: 'nominal', sort: null, title: null },
          x: { field: 'rate', type: 'quantitative', title: 'Tỷ lệ bao phủ (%)' },
          color: {
            field: 'status',
            type: 'nominal',
            title: null,
            scale: {
              domain: ['above', 'below', 'unknown'],
              range: [COLORS.above, COLORS.below, COLORS.unknown],
            },
            legend: { labelExpr: `${JSON.stringify(STATUS_VI)}[datum.label]` },
          },
        },
      },
      {
        data: { values: rule },
        mark: { type: 'rule', color: COLORS.target, strokeWidth: 2 },
        encoding: { x: { field: 'target', type: 'quantitative' } },
      },
      {
        data: { values: rule },
        mark: { type: 'text', color: COLORS.target, dy: -8, fontSize: 9 },
        encoding: {
          x: { field: 'target', type: 'quantitative' },
          y: { value: 0 },
          text: { value: targetPercent === null ? '' : `Chỉ tiêu ${viRate(targetPercent)}%` },
        },
      },
    ],
  };
}

/** The trend of the rate (or of participants when no rate is known) with the target line. */
export function trendSpec(board: Board, title: string, width: number): TopLevelSpec {
  const { target } = board.summary;
  const byRate = board.trend.some((p) => p.ratePercent !== null);
  const field = byRate ? 'ratePercent' : 'participants';
  const values = board.trend.map((p) => ({ ...p, label: viMonth(p.month) }));
  const measure = byRate ? 'coverage_rate' : 'participants';
  const rule = target && target.measure === measure ? [{ target: target.value }] : [];
  const label = !target
    ? ''
    : byRate
      ? `${viRate(target.value)}%`
      : `${viCount(target.value)} người`;
  return {
    title,
    width,
    height: 180,
    config: CONFIG,
    layer: [
      {
        data: { values },
        mark: { type: 'line', point: true },
        encoding: {
          x: {
            field: 'label',
            type: 'ordinal',
            sort: null,
            title: 'Tháng',
            axis: { labelAngle: 0 },
          },
          y: {
            field,
            type: 'quantitative',
            scale: { zero: false },
            title: byRate ? 'Tỷ lệ bao phủ (%)' : 'Số người tham gia',
          },
        },
      },
      {
        data: { values: rule },
        mark: { type: 'rule', color: COLORS.target, strokeDash: [6, 3], strokeWidth: 2 },
        encoding: { y: { field: 'target', type: 'quantitative' } },
      },
      {
        data: { values: rule },
        mark: { type: 'text', color: COLORS.target, align: 'left', dx: 4, dy: -7, fontSize: 9 },
        encoding: {
          y: { field: 'target', type: 'quantitative' },
          x: { value: 0 },
          text: { value: `Chỉ tiêu ${label}` },
        },
      },
    ],
  };
}

/** Draws a Vega-Lite chart to SVG text. */
export async function chartSvg(spec: TopLevelSpec): Promise<string> {
  const view = new View(parse(compile(spec).spec), { renderer: 'none' });
  try {
    return await view.toSVG();
  } finally {
    view.finalize();
  }
}
