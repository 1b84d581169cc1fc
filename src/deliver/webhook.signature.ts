/**
 * How a webhook receiver knows a delivery came from this server and was not replayed: the body
 * and the time are signed together with the subscription's secret (HMAC-SHA256), the scheme
 * GitHub and Stripe use. The receiver recomputes it and rejects old timestamps.
 *
 * @example const headers = signatureHeaders(secret, body, new Date());
 *          verifySignature(secret, body, headers['X-Sahelwatch-Timestamp'], headers['X-Sahelwatch-Signature'], new Date()) // → true
 */
import { createHmac, timingSafeEqual } from 'node:crypto';

/** A receiver should refuse signatures older than this (seconds). */
export const SIGNATURE_TOLERANCE_S = 300;

export function sign(secret: string, timestamp: number, body: string): string {
  return `sha256=${createHmac('sha256', secret).update(`${timestamp}.${body}`).digest('hex')}`;
}

export function signatureHeaders(secret: string, body: string, at: Date): { 'X-Sahelwatch-Timestamp': string; 'X-Sahelwatch-Signature': string } {
  const timestamp = Math.floor(at.getTime() / 1000);
  return { 'X-Sahelwatch-Timestamp': String(timestamp), 'X-Sahelwatch-Signature': sign(secret, timestamp, body) };
}

/** What a receiver runs: true only for this body, this secret, and a recent timestamp. */
export function verifySignature(secret: string, body: string, timestamp: string | null | undefined, signature: string | null | undefined, now: Date): boolean {
  if (!timestamp || !signature || !/^\d{1,12}$/.test(timestamp)) return false;
  if (Math.abs(now.getTime() / 1000 - Number(timestamp)) > SIGNATURE_TOLERANCE_S) return false;
  const expected = Buffer.from(sign(secret, Number(timestamp), body));
  const given = Buffer.from(signature);
  return expected.length === given.length && timingSafeEqual(expected, given);
}
