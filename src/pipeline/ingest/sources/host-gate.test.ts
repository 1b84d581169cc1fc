import { describe, expect, it } from 'vitest';
import { createHostGate } from './host-gate.ts';

/** A clock that moves only when the gate sleeps, recording each sleep. */
function fakeTime() {
  let t = 0;
  const sleeps: number[] = [];
  return { now: () => t, sleep: async (ms: number) => void (sleeps.push(ms), (t += ms)), sleeps, advance: (ms: number) => (t += ms) };
}

describe('host gate', () => {
  it('spaces requests to one host by the delay, and does not hold up other hosts', async () => {
    const time = fakeTime();
    const gate = createHostGate({ minDelayMs: 1000, maxConcurrent: 4, ...time });
    const order: string[] = [];
    const visit = async (url: string) => {
      const release = await gate.acquire(new URL(url));
      order.push(`${url}@${time.now()}`);
      release();
    };
    await Promise.all([visit('http://a.test/1'), visit('http://a.test/2'), visit('http://b.test/1'), visit('http://a.test/3')]);
    expect(order.filter((o) => o.startsWith('http://a.test'))).toEqual(['http://a.test/1@0', 'http://a.test/2@1000', 'http://a.test/3@2000']);
    expect(order).toContain('http://b.test/1@0');
  });

  it('keeps one request to a host open at a time, and caps requests open across hosts', async () => {
    const time = fakeTime();
    const gate = createHostGate({ minDelayMs: 0, maxConcurrent: 2, ...time });
    const first = await gate.acquire(new URL('http://a.test/'));
    const second = await gate.acquire(new URL('http://b.test/'));
    let thirdIn = false;
    let sameHostIn = false;
    const third = gate.acquire(new URL('http://c.test/')).then((r) => ((thirdIn = true), r));
    const sameHost = gate.acquire(new URL('http://a.test/x')).then((r) => ((sameHostIn = true), r));
    await new Promise((r) => setImmediate(r));
    expect([thirdIn, sameHostIn]).toEqual([false, false]);
    second();
    (await third)();
    expect(sameHostIn).toBe(false);
    first();
    (await sameHost)();
    expect(sameHostIn).toBe(true);
  });

  it('takes a longer Crawl-delay for a host', async () => {
    const time = fakeTime();
    const gate = createHostGate({ minDelayMs: 100, maxConcurrent: 1, ...time });
    gate.slowDown('a.test', 5000);
    (await gate.acquire(new URL('http://a.test/1')))();
    time.advance(1000);
    (await gate.acquire(new URL('http://a.test/2')))();
    expect(time.sleeps).toEqual([4000]);
  });
});
