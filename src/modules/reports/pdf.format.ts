// Numbers in the PDF the Vietnamese way: persons 1.234.567, rates 94,97 (two decimals).
import { createRequire } from 'node:module';
import type { ColumnKind, Value } from './layout.cells.js';

const COUNT = new Intl.NumberFormat('vi-VN', { maximumFractionDigits: 0 });
const RATE = new Intl.NumberFormat('vi-VN', { minimumFractionDigits: 2, maximumFractionDigits: 2 });

export const viCount = (n: number) => COUNT.format(n);
export const viRate = (n: number) => RATE.format(n);

/** A table value as the PDF prints it: notes as they are, numbers by their column's kind. */
export function cellText(kind: ColumnKind, value: Value): string {
  if (typeof value === 'string') return value;
  if (kind === 'rate') return viRate(value);
  if (kind === 'count') return viCount(value);
  return String(value);
}

const require = createRequire(import.meta.url);

/** DejaVu Sans (free licence, every Vietnamese letter), from the dejavu-fonts-ttf package. */
export const FONTS = {
  regular: require.resolve('dejavu-fonts-ttf/ttf/DejaVuSans.ttf'),
  bold: require.resolve('dejavu-fonts-ttf/ttf/DejaVuSans-Bold.ttf'),
};
