// The coverage module's steps of the audit-of-writes test (src/app.audit.test.ts): creating,
// editing and importing targets and replacing a plan leave one event each.
import type { Call, Reply, Step } from '../../../tests/helpers/audit-steps.js';

const API = '/api/v1/coverage';
const TARGET = {
  localityCode: '31',
  scheme: 'HI',
  year: 2031,
  measure: 'participants',
  value: 1_000_000,
  denominatorKind: 'population',
  source: 'Kế hoạch kiểm thử',
};
const CSV = [
  'locality_kind,locality,scheme,measure,year,target_percent,denominator_kind,source',
  'province,31,UI,coverage_rate,2031,40,working_age_labour_force,audit test',
].join('\n');

/** `postCsv` sends a text/csv body (Call sends JSON only). */
export function coverageAuditSteps(
  call: Call,
  postCsv: (url: string, text: string) => Promise<Reply>,
): Step[] {
  return [
    {
      route: `POST ${API}/targets`,
      audits: 1,
      run: () => call('POST', `${API}/targets`, TARGET),
      keep: (body: { id: number }, ctx) => void (ctx.targetId = body.id),
    },
    {
      route: `PATCH ${API}/targets/:id`,
      audits: 1,
      run: (ctx) => call('PATCH', `${API}/targets/${ctx.targetId}`, { value: 1_100_000 }),
    },
    {
      route: `POST ${API}/targets/:id/plans`,
      audits: 1,
      run: (ctx) => call('POST', `${API}/targets/${ctx.targetId}/plans`, { periodKind: 'month' }),
    },
    {
      route: `POST ${API}/target-imports`,
      audits: 1,
      run: () => postCsv(`${API}/target-imports`, CSV),
    },
  ];
}
