import type { UnitLevel } from './geo.types';

/** Tag colour per level, the same everywhere a level is shown. */
export const LEVEL_COLORS: Record<UnitLevel, string> = {
  country: 'default',
  province: 'blue',
  district: 'purple',
  commune: 'green',
};
