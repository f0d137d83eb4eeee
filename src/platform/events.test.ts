import { describe, expect, it } from 'vitest';
import { publish, subscribe, type AnyTrx } from './events.js';

const trx = {} as AnyTrx;

describe('transaction events', () => {
  it('runs each listener once, in order, with the transaction and payload', async () => {
    const seen: string[] = [];
    const a = async (t: AnyTrx, p: { n: number }) => void seen.push(`a${p.n}${t === trx}`);
    const b = async (_t: AnyTrx, p: { n: number }) => void seen.push(`b${p.n}`);
    const offA = subscribe('test.order', a);
    subscribe('test.order', a);
    const offB = subscribe('test.order', b);
    await publish(trx, 'test.order', { n: 1 });
    expect(seen).toEqual(['a1true', 'b1']);
    offA();
    offB();
    await publish(trx, 'test.order', { n: 2 });
    expect(seen).toHaveLength(2);
  });

  it('lets a listener abort the caller by throwing', async () => {
    const off = subscribe('test.fail', () => Promise.reject(new Error('no')));
    await expect(publish(trx, 'test.fail', {})).rejects.toThrow('no');
    off();
    await expect(publish(trx, 'unknown.event', {})).resolves.toBeUndefined();
  });
});
