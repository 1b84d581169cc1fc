/** Random secrets (tokens, session ids) and how they are stored: as their SHA-256. */
import { createHash, randomBytes, timingSafeEqual } from 'node:crypto';

/**
 * 256 random bits, base64url, with a prefix saying what it is (so a leaked one is recognisable).
 *
 * @example newSecret('sw') // 'sw_3q2-...'
 */
export function newSecret(prefix: string): string {
  return `${prefix}_${randomBytes(32).toString('base64url')}`;
}

/**
 * SHA-256 (hex): enough for 256-bit random secrets, which no one can guess or brute-force; a slow
 * password hash would only slow every request.
 */
export function secretHash(secret: string): string {
  return createHash('sha256').update(secret, 'utf8').digest('hex');
}

/** Compares two strings in time that does not depend on where they differ. */
export function sameSecret(a: string, b: string): boolean {
  const x = Buffer.from(a, 'utf8');
  const y = Buffer.from(b, 'utf8');
  return x.length === y.length && timingSafeEqual(x, y);
}
