import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { baselineOf, upperTail } from './count.model.ts';

describe('baselineOf', () => {
  it('weighs recent weeks more than old ones', () => {
    const rising = baselineOf([0, 0, 0, 0, 0, 0, 4, 4, 4, 4]);
    const falling = baselineOf([4, 4, 4, 4, 0, 0, 0, 0, 0, 0]);
    expect(rising.mean).toBeGreaterThan(falling.mean);
  });

  it('never expects less than Poisson’s spread, nor less than 0.1 events a week', () => {
    expect(baselineOf([2, 2, 2, 2])).toMatchObject({ mean: 2, variance: 2 });
    expect(baselineOf([0, 0, 0])).toMatchObject({ mean: 0.1, variance: 0.1 });
    expect(baselineOf([])).toMatchObject({ weeks: 0 });
  });
});

describe('upperTail', () => {
  it('is the Poisson tail when the past is not overdispersed', () => {
    // P(X ≥ 3 | λ = 1) = 1 − e⁻¹(1 + 1 + 1/2)
    expect(upperTail(3, { mean: 1, variance: 1 })).toBeCloseTo(1 - Math.exp(-1) * 2.5, 10);
    expect(upperTail(0, { mean: 1, variance: 1 })).toBe(1);
  });

  it('is the negative binomial tail when it is', () => {
    // mean 2, variance 6 → r = 1, q = 2/3: geometric, P(X ≥ k) = q^k
    expect(upperTail(4, { mean: 2, variance: 6 })).toBeCloseTo((2 / 3) ** 4, 10);
  });

  it('finds a burst less unusual where violence comes in bursts', () => {
    expect(upperTail(10, { mean: 2, variance: 12 })).toBeGreaterThan(upperTail(10, { mean: 2, variance: 2 }));
  });

  it('is a probability that falls as the count rises', () => {
    const model = fc.record({ mean: fc.double({ min: 0.1, max: 50, noNaN: true }), extra: fc.double({ min: 0, max: 200, noNaN: true }) });
    fc.assert(
      fc.property(model, fc.integer({ min: 0, max: 400 }), ({ mean, extra }, k) => {
        const m = { mean, variance: mean + extra };
        const p = upperTail(k, m);
        expect(p).toBeGreaterThanOrEqual(0);
        expect(p).toBeLessThanOrEqual(1);
        expect(upperTail(k + 1, m)).toBeLessThanOrEqual(p + 1e-12);
      }),
    );
  });
});
