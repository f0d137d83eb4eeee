// The reports module's step of the audit-of-writes test (src/app.audit.test.ts): starting a
// report run leaves one event (the run itself writes nothing more).
import type { Call, Step } from '../../../tests/helpers/audit-steps.js';
import { todayInVietnam } from '../../platform/dates.js';

export function reportsAuditSteps(call: Call): Step[] {
  const period = todayInVietnam().slice(0, 7);
  return [
    {
      route: 'POST /api/v1/reports/coverage',
      audits: 1,
      run: () =>
        call('POST', '/api/v1/reports/coverage', { locality: '31', period, schemes: ['HI'] }),
    },
  ];
}
