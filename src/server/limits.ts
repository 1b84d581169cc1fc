/**
 * What keeps one client from taking the server: request rate per API token and per address (token
 * buckets, in memory: one process serves the API), body size, and time per request. Every refusal
 * is a problem-details answer like any other error.
 */
import { getConnInfo } from '@hono/node-server/conninfo';
import type { Context, MiddlewareHandler } from 'hono';
import { bodyLimit } from 'hono/body-limit';
import { HTTPException } from 'hono/http-exception';
import { timeout } from 'hono/timeout';
import { secretHash } from '../access/secret.ts';
import { HttpError } from './errors.ts';

export interface Limits {
  /** Requests a minute from one address without a token (the dashboard asks for about ten a view). */
  perAddressPerMinute: number;
  /** Requests a minute with one API token (programs that poll). */
  perTokenPerMinute: number;
  /** Largest request body (reviews and sign-ins are a few hundred bytes). */
  maxBodyBytes: number;
  /** Longest a handler may take before the answer is a 504 (streams count until they begin). */
  timeoutMs: number;
}

export const DEFAULT_LIMITS: Limits = Object.freeze({
  perAddressPerMinute: 600,
  perTokenPerMinute: 6000,
  // The largest body any route takes: a field report of 100,000 characters (routes keep their own, tighter, limits).
  maxBodyBytes: 320 * 1024,
  timeoutMs: 30_000,
});

/** The peer's address; behind a proxy this is the proxy (X-Forwarded-For is not trusted: anyone can send it). */
export function clientAddress(c: Context): string {
  try {
    return getConnInfo(c).remote.address ?? 'unknown';
  } catch {
    return 'unknown'; // app.request() in tests has no socket
  }
}

/**
 * A token bucket per key: `perMinute` requests a minute, bursts of as many. The clock is passed in
 * so tests can move time without waiting.
 */
export class RateLimiter {
  readonly #buckets = new Map<string, { tokens: number; at: number }>();
  constructor(
    readonly perMinute: number,
    readonly now: () => number = Date.now,
  ) {}

  /** Takes one request from the key's bucket: 0 when allowed, else the seconds to wait. */
  take(key: string, count = 1): number {
    const t = this.now();
    const rate = this.perMinute / 60_000;
    const b = this.#buckets.get(key) ?? { tokens: this.perMinute, at: t };
    b.tokens = Math.min(this.perMinute, b.tokens + (t - b.at) * rate);
    b.at = t;
    if (this.#buckets.size > 50_000) this.#forgetFull(t);
    this.#buckets.set(key, b);
    // A count of 0 only asks whether the bucket is empty.
    if (b.tokens < Math.max(count, 1)) return Math.ceil((Math.max(count, 1) - b.tokens) / rate / 1000);
    b.tokens -= count;
    return 0;
  }

  // Buckets that have refilled hold no information: dropping them bounds memory.
  #forgetFull(t: number): void {
    for (const [k, b] of this.#buckets) if (b.tokens + (t - b.at) * (this.perMinute / 60_000) >= this.perMinute) this.#buckets.delete(k);
  }
}

/**
 * Requests with a token are counted against the token, others against the address. A refused
 * token counts against its address too, so trying made-up tokens is limited like anonymous use.
 */
export function rateLimit(limits: Limits, now?: () => number): MiddlewareHandler {
  const byToken = new RateLimiter(limits.perTokenPerMinute, now);
  const byAddress = new RateLimiter(limits.perAddressPerMinute, now);
  const refusedTokens = new RateLimiter(limits.perAddressPerMinute, now);
  return async (c, next) => {
    const authorization = c.req.header('Authorization');
    const address = clientAddress(c);
    const wait = authorization ? refusedTokens.take(address, 0) || byToken.take(secretHash(authorization)) : byAddress.take(address);
    if (wait > 0) throw new HttpError(429, 'rate_limited', `Too many requests: try again in ${wait} s.`, { headers: { 'Retry-After': String(wait) } });
    await next();
    // Hono has turned any error into the answer by now: read its status.
    if (authorization && c.res.status === 401) refusedTokens.take(address);
  };
}

export function requestLimits(limits: Limits): MiddlewareHandler[] {
  return [
    bodyLimit({
      maxSize: limits.maxBodyBytes,
      onError: () => {
        throw new HttpError(413, 'body_too_large', `The request body is over ${limits.maxBodyBytes} bytes.`);
      },
    }),
    timeout(limits.timeoutMs, () => new HTTPException(504)),
  ];
}
