// Colour classes of the choropleth, by gap to target in percentage points (target − rate:
// positive below target). Diverging red–yellow–blue (ColorBrewer RdYlBu, safe for the common
// colour blindnesses): blues at or above target, yellow to red below it, grey when unknown.
import type { ParseKeys } from 'i18next';

export interface GapClass {
  key: string;
  color: string;
  labelKey: ParseKeys;
  /** the class holds gaps g with min < g ≤ max */
  min: number;
  max: number;
}

export const GAP_CLASSES: readonly GapClass[] = [
  {
    key: 'above5',
    color: '#4575b4',
    labelKey: 'coverage.map.legend.above5',
    min: -Infinity,
    max: -5,
  },
  { key: 'above2', color: '#91bfdb', labelKey: 'coverage.map.legend.above2', min: -5, max: -2 },
  { key: 'above0', color: '#e0f3f8', labelKey: 'coverage.map.legend.above0', min: -2, max: 0 },
  { key: 'below5', color: '#fee090', labelKey: 'coverage.map.legend.below5', min: 0, max: 5 },
  { key: 'below10', color: '#fc8d59', labelKey: 'coverage.map.legend.below10', min: 5, max: 10 },
  { key: 'below', color: '#d73027', labelKey: 'coverage.map.legend.below', min: 10, max: Infinity },
];

export const UNKNOWN_CLASS: GapClass = {
  key: 'unknown',
  color: '#d9d9d9',
  labelKey: 'coverage.map.legend.unknown',
  min: NaN,
  max: NaN,
};

export function gapClass(gapPoints: number | null | undefined): GapClass {
  if (gapPoints === null || gapPoints === undefined || !Number.isFinite(gapPoints)) {
    return UNKNOWN_CLASS;
  }
  return GAP_CLASSES.find((c) => gapPoints > c.min && gapPoints <= c.max) ?? UNKNOWN_CLASS;
}
