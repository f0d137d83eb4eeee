import { describe, expect, it } from 'vitest';
import { AppError } from '../../platform/errors.js';
import { reportPeriod } from './period.rules.js';
import { reportFixture } from './report.fixture.js';
import { ReportJobs } from './report.jobs.js';
import type { PreparedReport } from './report.service.js';

const prepared = (id: string): PreparedReport => ({
  id,
  locality: '31',
  period: reportPeriod('2025-11', '2026-01-15'),
  schemes: ['HI'],
  geography: 'as-is',
  today: '2026-01-15',
});
const files = { data: reportFixture(), xlsx: Buffer.from('x'), pdf: Buffer.from('p') };

describe('report runs in memory', () => {
  it('keeps a run for its owner until an hour after it ends', async () => {
    let now = 0;
    const jobs = new ReportJobs({ keepMs: 3600_000, maxRunning: 2, now: () => now });
    const job = jobs.start('user:1', prepared('a'), async (tell) => {
      tell({ done: 1, total: 3, step: 'board:HI', label: 'Đọc số liệu BHYT' });
      return files;
    });
    await jobs.settle();
    expect(job).toMatchObject({ status: 'done', localityName: 'Thành phố Hải Phòng' });
    expect(jobs.get('user:1', 'a').files?.pdf.toString()).toBe('p');
    expect(() => jobs.get('user:2', 'a')).toThrow(/no report run/);
    now = 3600_001;
    expect(() => jobs.get('user:1', 'a')).toThrow(/no report run/);
  });

  it('keeps the code of a refusal and hides an internal error', async () => {
    const jobs = new ReportJobs({ keepMs: 1000, maxRunning: 2 });
    const logged: unknown[] = [];
    jobs.onInternalError = (e) => logged.push(e);
    const refusal = new AppError({ code: 'X_Y', status: 422, message: 'm', messageVi: 'v' });
    const a = jobs.start('u', prepared('a'), () => Promise.reject(refusal));
    const b = jobs.start('u', prepared('b'), () => Promise.reject(new Error('boom')));
    await jobs.settle();
    expect(a).toMatchObject({ status: 'failed', error: { code: 'X_Y', messageVi: 'v' } });
    expect(b).toMatchObject({ status: 'failed', error: { code: 'REPORT_FAILED' } });
    expect(logged).toHaveLength(1);
  });

  it('refuses a new run while too many are running', async () => {
    const jobs = new ReportJobs({ keepMs: 1000, maxRunning: 1 });
    let finish = () => {};
    jobs.start('u', prepared('a'), () => new Promise((resolve) => (finish = () => resolve(files))));
    expect(() => jobs.checkCapacity()).toThrow(expect.objectContaining({ code: 'REPORT_BUSY' }));
    // its files exist once it is done
    expect(() => jobs.file('u', 'a', 'pdf')).toThrow(
      expect.objectContaining({ code: 'REPORT_NOT_READY', status: 409 }),
    );
    finish();
    await jobs.settle();
    expect(() => jobs.checkCapacity()).not.toThrow();
    expect(jobs.file('u', 'a', 'pdf').file.toString()).toBe('p');
  });
});
