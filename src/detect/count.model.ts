/**
 * The count model behind escalation alerts. A week's count in an area is compared with what that
 * area's own past predicts: the expected count is an exponentially weighted moving average of
 * its past weeks (recent weeks weigh more, so a region that has been violent for months is not
 * "escalating" every week); the spread is the past weeks' variance around it. Conflict counts
 * are overdispersed (violence comes in bursts), so the tail probability is a negative binomial's
 * with that mean and variance, falling back to Poisson when the past is no more spread than
 * Poisson. "How unusual" is that upper-tail probability: P(X ≥ observed | the area's past).
 *
 * @example baselineOf([0, 1, 0, 2, 1, 0, 1, 0]) // → { mean: ≈0.6, variance: ≈0.6, weeks: 8 }
 * @example upperTail(9, { mean: 1.2, variance: 2.5 }) // → ≈ 1e-4
 */
export interface Baseline {
  /** Expected count for the next week. */
  mean: number;
  /** Variance of the past counts around their mean (at least the mean: Poisson's). */
  variance: number;
  /** How many past weeks it rests on. */
  weeks: number;
}

/** EWMA weight of the newest week: its half-life is about 6.6 weeks. */
export const EWMA_ALPHA = 0.1;

/**
 * Mean and variance from past weekly counts, oldest first (weeks without events as zeros).
 * The mean floor of 0.1 a week stops an area with a quiet past from alerting on its first event.
 */
export function baselineOf(past: readonly number[], alpha = EWMA_ALPHA): Baseline {
  if (past.length === 0) return { mean: 0.1, variance: 0.1, weeks: 0 };
  // Started at the plain mean, so the oldest week does not weigh as much as all the others.
  const plain = past.reduce((s, x) => s + x, 0) / past.length;
  let mean = plain;
  for (const x of past) mean = alpha * x + (1 - alpha) * mean;
  const variance = past.length > 1 ? past.reduce((s, x) => s + (x - plain) ** 2, 0) / (past.length - 1) : plain;
  const m = Math.max(mean, 0.1);
  return { mean: m, variance: Math.max(variance, m), weeks: past.length };
}

/** P(X ≥ k) for a count with this mean and variance (negative binomial, or Poisson when variance ≤ mean). */
export function upperTail(k: number, { mean, variance }: Pick<Baseline, 'mean' | 'variance'>): number {
  if (k <= 0) return 1;
  // Sum the pmf below k by its recurrence, in floating point that stays in range for any k.
  let below = 0;
  if (variance <= mean * 1.000001) {
    let p = Math.exp(-mean);
    for (let j = 0; j < k; j++) {
      below += p;
      p *= mean / (j + 1);
    }
  } else {
    const r = (mean * mean) / (variance - mean); // size
    const q = mean / (r + mean); // success probability of the "failures"
    let p = Math.exp(r * Math.log1p(-q));
    for (let j = 0; j < k; j++) {
      below += p;
      p *= ((j + r) / (j + 1)) * q;
    }
  }
  return Math.min(1, Math.max(0, 1 - below));
}
