import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { DEFAULT_BACKOFF, retryAt } from './retry.backoff.ts';

const now = new Date('2025-07-01T00:00:00Z');
const wait = (attempts: number, r: number) => retryAt(attempts, now, () => r)!.getTime() - now.getTime();

describe('retryAt', () => {
  it('doubles the wait with each failure, jittered within its upper half', () => {
    expect([1, 2, 3].map((n) => wait(n, 0))).toEqual([15_000, 30_000, 60_000]);
    expect([1, 2, 3].map((n) => wait(n, 1))).toEqual([30_000, 60_000, 120_000]);
  });

  it('caps the wait and stops after the last attempt', () => {
    expect(retryAt(9, now, () => 1, { baseMs: 30_000, capMs: 120_000, maxAttempts: 20 })!.getTime() - now.getTime()).toBe(120_000);
    expect(retryAt(DEFAULT_BACKOFF.maxAttempts, now)).toBeNull();
  });

  it('never waits less than the one before, whatever the jitter', () => {
    fc.assert(fc.property(fc.integer({ min: 1, max: 8 }), fc.double({ min: 0, max: 1, noNaN: true }), (n, r) => wait(n + 1, 0) >= wait(n, r)));
  });
});
