import fs from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseWageRegionDefaults, WAGE_REGION_CSV } from './wage-region.seed.js';

describe('province default wage regions', () => {
  it('reads one default per province of 2025 from the reference CSV', () => {
    const rows = parseWageRegionDefaults(fs.readFileSync(WAGE_REGION_CSV, 'utf8'));
    expect(rows).toHaveLength(34);
    expect(new Set(rows.map((r) => r.provinceCode)).size).toBe(34);
    expect(rows.find((r) => r.provinceCode === '01')).toMatchObject({
      region: 1,
      confirmed: false,
    });
  });

  it('stops on a bad row, naming its line', () => {
    const text = 'province_code,region,confirmed,legal_ref,note\n01,1,false,x,\n02,5,false,x,\n';
    expect(() => parseWageRegionDefaults(text)).toThrow('line 3: region must be 1–4');
  });
});
