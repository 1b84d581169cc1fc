/**
 * When to try a failing source again: its interval doubled for each failure in a row, capped at a
 * day, and spread by a random ±25 % so that sources that failed together (a network outage) do not
 * all come back at the same second.
 *
 * @example retryDelaySeconds(3, 1800, Math.random) // 14,400 s ± 25 %: 3 h to 5 h
 */

/** The longest wait between two attempts. */
export const MAX_BACKOFF_SECONDS = 24 * 3600;

/** failures: how many passes in a row have failed, this one included (1 or more). */
export function retryDelaySeconds(failures: number, pollSeconds: number, random: () => number): number {
  const doubled = pollSeconds * 2 ** Math.min(failures, 20);
  const jitter = 0.75 + random() * 0.5;
  return Math.round(Math.min(MAX_BACKOFF_SECONDS, doubled * jitter));
}
