/**
 * When to try a failed delivery again: exponential backoff with jitter, so receivers coming back
 * from an outage are not hit by every sender at once. Attempt n (1-based) waits between half and
 * all of base·2^(n-1), capped; after maxAttempts the delivery is dead (kept, listed, retryable by hand).
 *
 * @example retryAt(1, now, () => 0.5) // → now + 22.5 s with the defaults
 */
export interface BackoffOptions {
  /** The first wait, in ms. */
  baseMs: number;
  /** No wait is longer than this, in ms. */
  capMs: number;
  /** Attempts in all, the first included, before the delivery is dead. */
  maxAttempts: number;
}

export const DEFAULT_BACKOFF: BackoffOptions = { baseMs: 30_000, capMs: 6 * 3_600_000, maxAttempts: 10 };

/** The time of the next attempt after `attempts` failed ones, or null when there is none left. */
export function retryAt(attempts: number, now: Date, random: () => number = Math.random, o: BackoffOptions = DEFAULT_BACKOFF): Date | null {
  if (attempts >= o.maxAttempts) return null;
  const full = Math.min(o.capMs, o.baseMs * 2 ** (attempts - 1));
  return new Date(now.getTime() + full / 2 + random() * (full / 2));
}
