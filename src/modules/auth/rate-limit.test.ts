import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, testConfig, type TestApp } from '../../../tests/helpers/test-app.js';

let t: TestApp;
beforeAll(async () => {
  // the test app signs its administrator in once: that is the first of the four allowed
  t = await createTestApp({ ...testConfig, auth: { ...testConfig.auth, loginRatePerMinute: 4 } });
});
afterAll(() => t.close());

describe('sign-in rate limit', () => {
  it('slows one address trying many usernames, with the envelope and a retry delay', async () => {
    const statuses: number[] = [];
    for (const username of ['a.one', 'b.two', 'c.three', 'd.four']) {
      const reply = await t.app.inject({
        method: 'POST',
        url: '/api/v1/auth/sessions',
        payload: { username, password: 'spraying-2026' },
      });
      statuses.push(reply.statusCode);
      if (reply.statusCode === 429) {
        expect(reply.json()).toMatchObject({
          code: 'RATE_LIMITED',
          messageVi: expect.stringContaining('thử lại'),
          requestId: expect.any(String),
        });
        expect(reply.json().details.retryAfterSeconds).toBeGreaterThan(0);
      }
    }
    expect(statuses).toEqual([401, 401, 401, 429]);
    // other routes are not limited
    expect((await t.inject({ method: 'GET', url: '/api/v1/auth/me' })).statusCode).toBe(200);
  });
});
