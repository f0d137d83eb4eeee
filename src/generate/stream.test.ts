// The row builder and the stream without a database, on a hand-made province (fixture.ts).
import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { parseCardNumber } from '../modules/enrolment/card-number.js';
import { checkNationalId } from '../modules/registry/national-id.js';
import { TABLES, type Chunk } from './chunk.js';
import { levelFinder } from './context.js';
import { toDay } from './days.js';
import { planEmployers } from './employers.js';
import { fixtureContext } from './fixture.js';
import { createRng } from './random.js';
import { createState } from './state.js';
import { chunkStream } from './stream.js';

const ctx = fixtureContext();
function run(seed: number, persons: number, perChunk = 500): Chunk[] {
  const employers = planEmployers(
    createRng(seed + 1),
    ctx.communes,
    '31',
    persons * 0.2,
    new Map(),
  );
  return [...chunkStream(createState(ctx, seed, employers), persons, perChunk)];
}
const rowsOf = (chunks: Chunk[], table: keyof typeof TABLES) =>
  chunks.flatMap((c) => c.rows[table]);
const col = (table: keyof typeof TABLES, name: string) =>
  (TABLES[table].columns as readonly string[]).indexOf(name);
function hash(chunks: Chunk[]) {
  const h = createHash('sha256');
  for (const c of chunks) h.update(JSON.stringify(c.rows));
  return h.digest('hex');
}

const chunks = run(7, 6_000);
const persons = rowsOf(chunks, 'person');
const at = (day: string) => toDay(day);

describe('generated rows', () => {
  it('are the same for the same seed and count, and differ for another seed', () => {
    expect(hash(run(7, 2_000))).toBe(hash(run(7, 2_000)));
    expect(hash(run(8, 2_000))).not.toBe(hash(run(7, 2_000)));
  });

  it('make exactly the persons asked for, in chunks of bounded size', () => {
    expect(persons).toHaveLength(6_000);
    expect(Math.max(...chunks.map((c) => c.households))).toBeLessThanOrEqual(500);
  });

  it('stream lazily: the first chunk of ten million persons comes without making the rest', () => {
    const employers = planEmployers(createRng(1), ctx.communes, '31', 1_000, new Map());
    const stream = chunkStream(createState(ctx, 1, employers), 10_000_000, 200);
    const first = stream.next();
    expect(first.done).toBe(false);
    expect(first.value!.persons).toBeLessThan(2_000);
  });

  it('give every person a valid, unique national ID and a unique SI number', () => {
    const codes = new Set(['030', '031', '001', '022', '033']);
    const [nid, birth, sex, si] = ['national_id', 'birth_date', 'sex', 'si_number'].map((n) =>
      col('person', n),
    );
    for (const p of persons)
      expect(
        checkNationalId(p[nid!] as string, p[birth!] as string, p[sex!] as 'male', codes),
      ).toBeNull();
    expect(new Set(persons.map((p) => p[nid!])).size).toBe(persons.length);
    const sis = persons.map((p) => p[si!]).filter((s) => s !== null);
    expect(new Set(sis).size).toBe(sis.length);
  });

  it('number every card with the level of its group and the province code on the day of issue', () => {
    const level = levelFinder(ctx.groups);
    const [num, issued] = ['card_number', 'issued_on'].map((n) => col('hi_card', n));
    const cards = rowsOf(chunks, 'hi_card');
    for (const c of cards) {
      const day = at(c[issued!] as string);
      const parts = parseCardNumber(c[num!] as string, {
        benefitLevel: (g) => level(g, day),
        provinceValid: (p) => (day >= at('2025-07-01') ? p === '31' : p === '30' || p === '31'),
      });
      expect(parts).not.toHaveProperty('reason');
    }
    expect(cards.some((c) => (c[num!] as string).startsWith('CN3'))).toBe(true);
    expect(cards.some((c) => (c[num!] as string).slice(3, 5) === '30')).toBe(true);
  });

  it('cover 90–96% of persons with HI on the reference date', () => {
    const [person, scheme, from, to] = ['person_id', 'scheme', 'valid_from', 'valid_to'].map((n) =>
      col('coverage_period', n),
    );
    const covered = new Set<string>();
    chunks.forEach((c, i) => {
      for (const r of c.rows.coverage_period)
        if (
          r[scheme!] === 'hi' &&
          (r[from!] as string) <= '2026-11-28' &&
          (r[to!] === null || (r[to!] as string) > '2026-11-28')
        )
          covered.add(`${i}:${r[person!]}`);
    });
    const share = covered.size / persons.length;
    expect(share).toBeGreaterThan(0.9);
    expect(share).toBeLessThan(0.96);
  });

  it('file about 5% of persons under a commune from before the merger', () => {
    const commune = col('person', 'commune_id');
    const former = persons.filter((p) => (p[commune!] as number) >= 5000).length / persons.length;
    expect(former).toBeGreaterThan(0.02);
    expect(former).toBeLessThan(0.09);
  });

  it('employ about 30% of working-age persons, some under-declared or not declared at all', () => {
    const working = persons.filter((p) => {
      const age = 2026 - Number((p[col('person', 'birth_date')] as string).slice(0, 4));
      return age >= 18 && age < 65;
    }).length;
    const jobs = rowsOf(chunks, 'employment');
    expect(jobs.length / working).toBeGreaterThan(0.22);
    expect(jobs.length / working).toBeLessThan(0.38);
    const salary = col('employment', 'monthly_salary');
    expect(Math.min(...jobs.map((j) => j[salary!] as number))).toBeGreaterThan(5_310_000);
    const si = rowsOf(chunks, 'coverage_period').filter((r) => r[2] === 'si_compulsory');
    expect(si.length).toBeLessThan(jobs.length);
  });
});
