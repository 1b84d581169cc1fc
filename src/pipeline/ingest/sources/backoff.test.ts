import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { MAX_BACKOFF_SECONDS, retryDelaySeconds } from './backoff.ts';

describe('retryDelaySeconds', () => {
  it('doubles the interval per failure, jittered by ±25 %', () => {
    expect([1, 2, 3].map((n) => retryDelaySeconds(n, 600, () => 0.5))).toEqual([1200, 2400, 4800]);
    expect(retryDelaySeconds(1, 600, () => 0)).toBe(900);
    expect(retryDelaySeconds(1, 600, () => 1)).toBe(1500);
  });

  it('always waits longer than the interval and never more than a day, and more after more failures', () => {
    const poll = fc.integer({ min: 60, max: 7 * 24 * 3600 });
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 1000 }), poll, fc.double({ min: 0, max: 1, noNaN: true }), (failures, s, r) => {
        const d = retryDelaySeconds(failures, s, () => r);
        expect(d).toBeLessThanOrEqual(MAX_BACKOFF_SECONDS);
        expect(d).toBeGreaterThanOrEqual(Math.min(s, MAX_BACKOFF_SECONDS));
        expect(retryDelaySeconds(failures + 1, s, () => r)).toBeGreaterThanOrEqual(d);
      }),
    );
  });
});
