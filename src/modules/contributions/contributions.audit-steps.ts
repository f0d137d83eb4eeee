// The contributions module's steps of the audit-of-writes test (src/app.audit.test.ts): rule
// and policy writes leave one event each, a simulation one (who looked at which province),
// and the calculator, which reads no personal data and changes nothing, none.
import type { Call, Step } from '../../../tests/helpers/audit-steps.js';

const API = '/api/v1/contributions';
const DRAFT = {
  code: 'AUD-TEST-CN',
  nameVi: 'Hỗ trợ kiểm thử cho hộ cận nghèo',
  nameEn: 'Audit test support for near-poor households',
  issuerProvinceCode: '31',
  scheme: 'hi',
  condition: { statuses: ['near_poor'] },
  sharePercent: '10',
  stacking: 'add',
  validFrom: '2026-01-01',
  legalRef: 'Nghị quyết kiểm thử',
};
const WHERE = { provinceCode: '31', at: '2026-03-01', takeUp: 0.6 };
const SIMULATION = { policy: DRAFT, ...WHERE };
const COMPARISON = {
  a: { policy: DRAFT },
  b: { policy: { ...DRAFT, sharePercent: '20' } },
  ...WHERE,
};

export function contributionsAuditSteps(call: Call): Step[] {
  const computation = (route: string, payload: object): Step => ({
    route: `POST ${API}/calculations/${route}`,
    audits: 0,
    run: () => call('POST', `${API}/calculations/${route}`, payload),
  });
  return [
    computation('compulsory', { month: '2024-08', salary: 50_000_000, region: 1 }),
    computation('voluntary-si', {
      start: '2025-08',
      income: 1_500_000,
      months: 1,
      supportGroup: 'poor',
    }),
    computation('household-hi', { start: '2024-08-01', members: [{}, {}] }),
    {
      route: `POST ${API}/rules/:table`,
      audits: 1,
      run: () =>
        call('POST', `${API}/rules/poverty-lines`, {
          area: 'rural',
          amount: 2_500_000,
          validFrom: '2031-01-01',
          legalRef: 'Decree (audit test)',
          confirmed: false,
        }),
      keep: (body: { id: number }, ctx) => void (ctx.ruleId = body.id),
    },
    {
      route: `PATCH ${API}/rules/:table/:id`,
      audits: 1,
      run: (ctx) => call('PATCH', `${API}/rules/poverty-lines/${ctx.ruleId}`, { note: 'checked' }),
    },
    {
      route: `POST ${API}/policies`,
      audits: 1,
      run: () => call('POST', `${API}/policies`, DRAFT),
      keep: (body: { id: number }, ctx) => void (ctx.policyId = body.id),
    },
    {
      route: `PATCH ${API}/policies/:id`,
      audits: 1,
      run: (ctx) => call('PATCH', `${API}/policies/${ctx.policyId}`, { note: 'checked' }),
    },
    ...['simulations', 'simulations/compare', 'simulations/xlsx'].map((path): Step => ({
      route: `POST ${API}/${path}`,
      audits: 1,
      run: () =>
        call('POST', `${API}/${path}`, path === 'simulations/compare' ? COMPARISON : SIMULATION),
    })),
  ];
}
