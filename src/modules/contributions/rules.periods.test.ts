import { describe, expect, it } from 'vitest';
import { holes, newHoles } from './rules.periods.js';

describe('holes in a rule’s validity', () => {
  it('finds none in back-to-back rows ending with an open one', () => {
    expect(
      holes([
        { from: '2024-07-01', to: null },
        { from: '2019-07-01', to: '2023-07-01' },
        { from: '2023-07-01', to: '2024-07-01' },
      ]),
    ).toEqual([]);
  });

  it('finds the days between a row’s end and the next row’s start', () => {
    expect(
      holes([
        { from: '2019-07-01', to: '2023-06-01' },
        { from: '2023-07-01', to: null },
      ]),
    ).toEqual([{ from: '2023-06-01', to: '2023-07-01' }]);
  });

  it('counts neither the time before the first row nor after an ended last row', () => {
    expect(holes([{ from: '2020-01-01', to: '2021-01-01' }])).toEqual([]);
  });

  it('refuses a change that opens a hole but accepts one that narrows a hole already there', () => {
    const before = [
      { from: '2019-01-01', to: '2020-01-01' },
      { from: '2021-01-01', to: null },
    ];
    const narrowed = [
      { from: '2019-01-01', to: '2020-06-01' },
      { from: '2021-01-01', to: null },
    ];
    const widened = [
      { from: '2019-01-01', to: '2019-06-01' },
      { from: '2021-01-01', to: null },
    ];
    expect(newHoles(before, narrowed)).toEqual([]);
    expect(newHoles(before, widened)).toEqual([{ from: '2019-06-01', to: '2021-01-01' }]);
  });
});
