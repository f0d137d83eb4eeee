// The codes of coverage targets (schemes, measures, denominator kinds), owned here and nowhere
// else: the server's rules and the web app (targets.types.ts) import them; no imports of its own.

export const SCHEMES = ['HI', 'SI', 'SI_COMPULSORY', 'SI_VOLUNTARY', 'UI'] as const;
export const MEASURES = ['coverage_rate', 'participants'] as const;
export const DENOMINATOR_KINDS = [
  'population',
  'labour_force',
  'working_age_labour_force',
  'si_age_labour_force',
  'group',
] as const;
export type Scheme = (typeof SCHEMES)[number];
export type Measure = (typeof MEASURES)[number];
export type DenominatorKind = (typeof DENOMINATOR_KINDS)[number];
